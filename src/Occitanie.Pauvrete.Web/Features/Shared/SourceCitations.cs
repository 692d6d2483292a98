using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>A source of an item as the public reads it: the document's title and where in it.</summary>
public sealed record SourceCitation(string Title, string? Location);

/// <summary>Where a fact comes from, as a reader can check it: the document's title and the place in it.</summary>
public static class SourceCitations
{
    /// <returns>"Guide des élus de la conférence régionale du 7 juillet 2021, Atelier n°1", in the order given, without repeats.</returns>
    public static async Task<IReadOnlyList<string>> DescribeAsync(
        PortalDbContext db, IEnumerable<SourceReference> references, CancellationToken cancellationToken)
    {
        var cited = references.ToList();
        var files = cited.Select(r => r.Document).Distinct().ToList();
        var titles = await db.SourceDocuments.AsNoTracking()
            .Published()
            .Where(d => files.Contains(d.FileName))
            .Select(d => new { d.FileName, d.Title })
            .ToDictionaryAsync(d => d.FileName, d => d.Title, cancellationToken);
        // A document the public may not see (a draft) is not cited by its file name either.
        return cited
            .Where(r => titles.ContainsKey(r.Document))
            .Select(r => string.IsNullOrWhiteSpace(r.Location) ? titles[r.Document] : $"{titles[r.Document]}, {r.Location}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Resolves the file names of <paramref name="references"/> to the documents' titles, in one query.</summary>
    public static async Task<IReadOnlyList<SourceCitation>> LoadAsync(
        PortalDbContext db, IReadOnlyCollection<SourceReference> references, CancellationToken cancellationToken)
    {
        if (references.Count == 0)
        {
            return [];
        }
        var files = references.Select(r => r.Document).Distinct().ToList();
        var titles = await db.SourceDocuments.AsNoTracking()
            .Published()
            .Where(d => files.Contains(d.FileName))
            .ToDictionaryAsync(d => d.FileName, d => d.Title, cancellationToken);
        // A reference to an unknown or unpublished document still says where the fact comes from: by its file name.
        return references.Select(r => new SourceCitation(titles.GetValueOrDefault(r.Document, r.Document), r.Location)).ToList();
    }
}
