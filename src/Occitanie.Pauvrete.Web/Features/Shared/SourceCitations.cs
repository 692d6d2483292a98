using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Shared;

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
}
