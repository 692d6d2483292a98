using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// Counts of two months written straight to the database — views of three measures, an intention
/// and a release, searches, and a search without result on three days — so that the audits of
/// « Statistiques » (axe, HTML, keyboard, print) see its charts and tables, not its empty state.
/// Once per database, before the page is first asked (it is output-cached).
/// </summary>
public static class StatisticsSeed
{
    public static Task EnsureAsync(PortalFactory portal) => portal.ReadAsync(async db =>
    {
        if (await db.PageViewCounts.AnyAsync())
        {
            return 0;
        }
        var today = ParisTime.Today;
        var lastMonth = today.AddMonths(-1);
        var measures = await db.Measures.OrderBy(m => m.Slug).Select(m => m.Slug).Take(3).ToListAsync();
        var intention = await db.Intentions.OrderBy(i => i.Order).Select(i => i.Slug).FirstAsync();
        var release = await db.PressReleases.OrderBy(r => r.Slug).Select(r => r.Slug).FirstAsync();
        static PageViewCount Views(DateOnly day, string path, int count) => new() { Day = day, Path = path, Count = count };
        db.PageViewCounts.AddRange(
            Views(today, PublicPaths.Home, 1200),
            Views(lastMonth, PublicPaths.Home, 950),
            Views(today, PublicPaths.Measure(measures[0]), 340),
            Views(today, PublicPaths.Measure(measures[1]), 125),
            Views(lastMonth, PublicPaths.Measure(measures[2]), 12),
            Views(today, PublicPaths.Intention(intention), 87),
            Views(lastMonth, PublicPaths.PressRelease(release), 41));
        db.SearchCounts.AddRange(new SearchCount { Day = today, Count = 230 }, new SearchCount { Day = lastMonth, Count = 198 });
        db.SearchMisses.AddRange(
            [.. Enumerable.Range(1, 3).Select(d => new SearchMiss { Day = lastMonth.AddDays(d), Words = "aide au permis de conduire", Count = d })]);
        return await db.SaveChangesAsync();
    });
}
