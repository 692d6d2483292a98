using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>A source of an item as the public reads it: the document's title and where in it.</summary>
public sealed record SourceCitation(string Title, string? Location);

public static class SourceCitations
{
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
