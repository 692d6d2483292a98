using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>A source of an item as the public reads it: the document's title and where in it.</summary>
public sealed record SourceCitation(string Title, string? Location)
{
    /// <summary>The document itself as a PDF, when staff gave it one (pages offer it for download).</summary>
    public Media.MediaItem? File { get; init; }

    /// <summary>"Guide des élus de la conférence régionale du 7 juillet 2021, Atelier n°1".</summary>
    public override string ToString() => Location is null ? Title : $"{Title}, {Location}";
}

/// <summary>Where a fact comes from, as a reader can check it: the API and the open data files (pages use <see cref="ItemSources"/>).</summary>
public static class SourceCitations
{
    /// <summary>
    /// The documents' titles of <paramref name="references"/>, in their order and without repeats,
    /// in one query. A document missing from the table keeps its file name: a source is never
    /// silently dropped.
    /// </summary>
    public static async Task<IReadOnlyList<SourceCitation>> LoadAsync(
        PortalDbContext db, IEnumerable<SourceReference> references, CancellationToken cancellationToken) =>
        (await LoadManyAsync(db, [references], cancellationToken))[0];

    /// <summary>The citations of many items (one list of references each) with one query, in the items' order.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<SourceCitation>>> LoadManyAsync(
        PortalDbContext db, IReadOnlyList<IEnumerable<SourceReference>> items, CancellationToken cancellationToken)
    {
        var cited = items.Select(references => references.ToList()).ToList();
        var files = cited.SelectMany(references => references).Select(r => r.Document).Distinct().ToList();
        Dictionary<string, string> titles = files.Count == 0
            ? []
            : await db.SourceDocuments.AsNoTracking()
                .Published()
                .Where(d => files.Contains(d.FileName))
                .ToDictionaryAsync(d => d.FileName, d => d.Title, StringComparer.Ordinal, cancellationToken);
        return cited
            .Select(references => (IReadOnlyList<SourceCitation>)references
                .Select(r => new SourceCitation(titles.GetValueOrDefault(r.Document, r.Document), r.Location))
                .Distinct()
                .ToList())
            .ToList();
    }
}
