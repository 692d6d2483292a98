using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Statistics;

/// <summary>A line of a statistic: what was counted (a page's title, a month, words searched), where it leads, and the count.</summary>
public sealed record StatisticsLine(string Label, int Count, string? Href = null);

/// <summary>A statistic shown as a chart and as a table: its lines, largest first or in time order.</summary>
public sealed record StatisticsSeries(string Id, string Title, string LabelHeading, string CountHeading, IReadOnlyList<StatisticsLine> Lines)
{
    /// <summary>The lines as bars, each the width of its count next to the largest.</summary>
    public IEnumerable<Bar> Bars
    {
        get
        {
            var largest = Lines.Count == 0 ? 0 : Lines.Max(l => l.Count);
            return Lines.Select(l => new Bar(l.Label, FrenchFormat.Number(l.Count), Bar.PercentOf(l.Count, largest), l.Href));
        }
    }
}

public sealed record StatisticsViewModel(DateOnly Since, IReadOnlyList<StatisticsSeries> MostRead, StatisticsSeries ViewsByMonth, StatisticsSeries SearchesByMonth, StatisticsSeries Misses)
    : PageViewModel("Statistiques", "Les pages les plus lues, les visites et les recherches du site, comptées sans cookie ni suivi des visiteurs.")
{
    public bool NothingCounted => ViewsByMonth.Lines.All(l => l.Count == 0) && SearchesByMonth.Lines.All(l => l.Count == 0) && Misses.Lines.Count == 0;
}

/// <summary>
/// « Statistiques » (decision 0024): over the last twelve months (the current one included), the
/// published measures, intentions and press releases most read, the pages read and the searches
/// made per month, and the searches that found nothing — only words searched on at least
/// <see cref="MinDaysForMissedWords"/> different days, so that a name typed once by one reader is never shown.
/// </summary>
public sealed class StatisticsQuery(PortalDbContext db, TimeProvider clock)
{
    /// <summary>Months shown, the current one included.</summary>
    public const int Months = 12;

    /// <summary>Lines of each « most read » list and of the searches without result.</summary>
    public const int TopCount = 10;

    /// <summary>A search without result is shown only when its words were searched on this many different days.</summary>
    public const int MinDaysForMissedWords = 3;

    public async Task<StatisticsViewModel> LoadAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(Areas.Admin.Features.Shared.ParisTime.FromUtc(clock.GetUtcNow().UtcDateTime));
        var since = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months);

        var viewsByDay = await db.PageViewCounts.AsNoTracking()
            .Where(c => c.Day >= since)
            .GroupBy(c => c.Day)
            .Select(g => new { Day = g.Key, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var searchesByDay = await db.SearchCounts.AsNoTracking()
            .Where(c => c.Day >= since)
            .Select(c => new { c.Day, c.Count })
            .ToListAsync(cancellationToken);
        var itemViews = await db.PageViewCounts.AsNoTracking()
            .Where(c => c.Day >= since && (c.Path.StartsWith(PublicPaths.Measures + "/") || c.Path.StartsWith(PublicPaths.Intentions + "/") || c.Path.StartsWith(PublicPaths.PressReleases + "/")))
            .GroupBy(c => c.Path)
            .Select(g => new { Path = g.Key, Count = g.Sum(c => c.Count) })
            .ToDictionaryAsync(v => v.Path, v => v.Count, StringComparer.Ordinal, cancellationToken);
        var misses = await db.SearchMisses.AsNoTracking()
            .Where(m => m.Day >= since)
            .GroupBy(m => m.Words)
            .Where(g => g.Count() >= MinDaysForMissedWords)
            .Select(g => new { Words = g.Key, Count = g.Sum(m => m.Count) })
            .OrderByDescending(m => m.Count).ThenBy(m => m.Words)
            .Take(TopCount)
            .ToListAsync(cancellationToken);

        // Only published items, by their current address: a page read under an old slug is not listed.
        var measures = await db.Measures.AsNoTracking().Published().Select(m => new { m.Slug, m.Title }).ToListAsync(cancellationToken);
        var intentions = await db.Intentions.AsNoTracking().Published().Select(i => new { i.Slug, i.Title }).ToListAsync(cancellationToken);
        var releases = await db.PressReleases.AsNoTracking().Published().Select(r => new { r.Slug, r.Title }).ToListAsync(cancellationToken);
        StatisticsSeries MostRead(string id, string title, string heading, IEnumerable<(string Path, string Title)> items) => new(
            id, title, heading, "Pages vues",
            [.. items.Select(i => new StatisticsLine(i.Title, itemViews.GetValueOrDefault(i.Path), i.Path))
                .Where(l => l.Count > 0)
                .OrderByDescending(l => l.Count).ThenBy(l => l.Label, StringComparer.Ordinal)
                .Take(TopCount)]);

        return new StatisticsViewModel(
            since,
            [
                MostRead("mesures", "Les mesures les plus lues", "Mesure", measures.Select(m => (PublicPaths.Measure(m.Slug), m.Title))),
                MostRead("intentions", "Les intentions « Je souhaite… » les plus lues", "Intention", intentions.Select(i => (PublicPaths.Intention(i.Slug), i.Title))),
                MostRead("communiques", "Les communiqués de presse les plus lus", "Communiqué", releases.Select(r => (PublicPaths.PressRelease(r.Slug), r.Title))),
            ],
            new("visites", "Pages vues par mois", "Mois", "Pages vues", ByMonth(since, today, viewsByDay.Select(v => (v.Day, v.Count)))),
            new("recherches", "Recherches par mois", "Mois", "Recherches", ByMonth(since, today, searchesByDay.Select(s => (s.Day, s.Count)))),
            new("recherches-sans-resultat", "Recherches sans résultat les plus fréquentes", "Mots cherchés", "Nombre de recherches",
                [.. misses.Select(m => new StatisticsLine(m.Words, m.Count))]))
        {
            Breadcrumb = [new Crumb("Statistiques")],
        };
    }

    /// <summary>One line per month, from the first month with a count (within the period) to the current one, months without any included.</summary>
    private static List<StatisticsLine> ByMonth(DateOnly since, DateOnly today, IEnumerable<(DateOnly Day, int Count)> days)
    {
        var byMonth = days.GroupBy(d => new DateOnly(d.Day.Year, d.Day.Month, 1)).ToDictionary(g => g.Key, g => g.Sum(d => d.Count));
        if (byMonth.Count == 0)
        {
            return [];
        }
        var lines = new List<StatisticsLine>();
        var current = new DateOnly(today.Year, today.Month, 1);
        for (var month = byMonth.Keys.Min() < since ? since : byMonth.Keys.Min(); month <= current; month = month.AddMonths(1))
        {
            lines.Add(new StatisticsLine(FrenchFormat.Date(month, DatePrecision.Month), byMonth.GetValueOrDefault(month)));
        }
        return lines;
    }
}
