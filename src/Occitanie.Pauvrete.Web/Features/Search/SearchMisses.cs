using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Search;

/// <summary>
/// Counts the searches that found nothing, per day and words (nothing about who searched), for staff
/// to add a synonym or a page.
/// </summary>
public sealed class SearchMisses(PortalDbContext db, IHttpContextAccessor http)
{
    /// <summary>Distinct queries kept per day: past it, a robot's flood is not worth storing.</summary>
    public const int MaxPerDay = 500;

    public async Task RecordAsync(string query, CancellationToken cancellationToken)
    {
        // The page that says « aucun résultat » is not cached, or the next visitor's miss would not be counted.
        if (http.HttpContext?.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.AllowCacheStorage = false;
        }
        var words = query.Trim().ToLowerInvariant();
        if (words.Length == 0)
        {
            return;
        }
        var day = ParisTime.Today;
        var counted = await db.SearchMisses
            .Where(m => m.Day == day && m.Words == words)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Count, m => m.Count + 1), cancellationToken);
        if (counted > 0 || await db.SearchMisses.CountAsync(m => m.Day == day, cancellationToken) >= MaxPerDay)
        {
            return;
        }
        db.SearchMisses.Add(new SearchMiss { Day = day, Words = words, Count = 1 });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request added the same words a moment before: theirs counts, one miss lost is no harm.
        }
    }
}
