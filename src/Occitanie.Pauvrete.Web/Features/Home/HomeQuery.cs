using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Home;

public sealed class HomeQuery(PortalDbContext db)
{
    /// <summary>How many press releases the home page shows; the press room lists them all.</summary>
    private const int LatestPressReleases = 3;

    public async Task<HomeViewModel> LoadAsync(CancellationToken cancellationToken)
    {
        var intentions = await db.Intentions.AsNoTracking()
            .Published()
            .OrderBy(i => i.Order)
            .Select(i => new HomeIntention(i.Slug, i.Title, i.Summary))
            .ToListAsync(cancellationToken);
        var axes = await db.Axes.AsNoTracking()
            .Published()
            .OrderBy(a => a.Number)
            .Select(a => new HomeAxis(a.Number, a.Slug, a.Title, a.Summary))
            .ToListAsync(cancellationToken);
        var figures = await db.KeyFigures.AsNoTracking()
            .Published()
            .Where(k => k.AxisId == null)
            .OrderBy(k => k.Order)
            .Select(k => new { k.Value, k.Unit, k.Label })
            .ToListAsync(cancellationToken);
        var pressReleases = await db.PressReleases.AsNoTracking()
            .Published()
            .OrderByDescending(p => p.Date)
            .Take(LatestPressReleases)
            .Select(p => new HomePressRelease(p.Slug, p.Title, p.Date, p.Lead))
            .ToListAsync(cancellationToken);
        var conferences = await db.Conferences.AsNoTracking()
            .Published()
            .OrderByDescending(c => c.Date)
            .Select(c => new HomeConference(c.Slug, c.Title, c.Date, c.EndDate, c.DatePrecision, c.Place))
            .ToListAsync(cancellationToken);

        return new HomeViewModel(
            intentions,
            axes,
            figures.Select(f => Figure(f.Value, f.Unit, f.Label)).ToList(),
            await LoadFundingAsync(cancellationToken),
            pressReleases,
            conferences);
    }

    private async Task<HomeFunding?> LoadFundingAsync(CancellationToken cancellationToken)
    {
        var published = db.FundingLines.AsNoTracking().Published();
        var year = await published.MaxAsync(f => (int?)f.Year, cancellationToken);
        if (year is null)
        {
            return null;
        }
        var lines = await published
            .Where(f => f.Year == year)
            .OrderBy(f => f.Order)
            .Select(f => new { f.Label, f.Amount, f.Sources })
            .ToListAsync(cancellationToken);
        var announced = await db.KeyFigures.AsNoTracking()
            .Published()
            .Where(k => k.Unit == "€" && k.Year == year)
            .OrderBy(k => k.Order)
            .Select(k => new { k.Value, k.Sources })
            .FirstOrDefaultAsync(cancellationToken);

        var largest = lines.Max(l => l.Amount);
        var sources = await SourceCitations.LoadAsync(
            db, lines.SelectMany(l => l.Sources).Concat(announced?.Sources ?? []), cancellationToken);
        return new HomeFunding(
            year.Value,
            lines.Select(l => new HomeFundingLine(l.Label, l.Amount, Bar.PercentOf(l.Amount, largest))).ToList(),
            announced?.Value,
            sources);
    }

    /// <summary>
    /// "13 départements" + "ont contractualisé…": the labels repeat the unit as their first word
    /// ("départements ont contractualisé…"), which is said once, with the number.
    /// </summary>
    private static HomeFigure Figure(decimal value, string? unit, string label)
    {
        var shown = FrenchFormat.Figure(value, unit);
        if (unit is { Length: > 0 } && label.StartsWith(unit + " ", StringComparison.OrdinalIgnoreCase))
        {
            label = label[(unit.Length + 1)..];
        }
        return new HomeFigure(shown, label);
    }
}
