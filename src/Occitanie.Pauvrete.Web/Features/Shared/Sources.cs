using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>Where a fact of a page comes from, as the page shows it: « Source : title, location ».</summary>
public sealed record SourceLine(string Title, string? Location);

public static class SourceLines
{
    /// <summary>The titles of the source documents by file name: a handful of rows, read in one query.</summary>
    public static Task<Dictionary<string, string>> LoadSourceTitlesAsync(this PortalDbContext db, CancellationToken cancellationToken) =>
        db.SourceDocuments.AsNoTracking()
            .Published()
            .ToDictionaryAsync(d => d.FileName, d => d.Title, StringComparer.Ordinal, cancellationToken);

    /// <summary>
    /// The sources of an item with their documents' titles; a document missing from the table keeps
    /// its file name, so that a source is never silently dropped.
    /// </summary>
    public static IReadOnlyList<SourceLine> Resolve(IEnumerable<SourceReference> sources, IReadOnlyDictionary<string, string> titles) =>
        sources.Select(s => new SourceLine(titles.GetValueOrDefault(s.Document, s.Document), s.Location))
            .Distinct()
            .ToList();
}
