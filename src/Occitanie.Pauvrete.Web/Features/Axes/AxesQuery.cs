using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Axes;

public sealed record AxisListItem(int Number, string Slug, string Title, string? Summary, int MeasureCount);

public sealed record AxesViewModel(IReadOnlyList<AxisListItem> Axes)
    : PageViewModel("Les axes de la stratégie", "Les six axes de la stratégie de prévention et de lutte contre la pauvreté en Occitanie et leurs mesures.");

/// <summary>A key figure as it reads: <see cref="Figure"/> in bold ("200 000 usagers"), then <see cref="Text"/>.</summary>
public sealed record AxisFigure(string Figure, string Text);

public sealed record AxisMeasure(string Slug, string Title, string? Summary, string? Funding);

public sealed record AxisViewModel(int Number, string AxisTitle, string? Summary)
    : PageViewModel($"Axe {Number} — {Text.Capitalize(AxisTitle)}", Summary ?? Text.Capitalize(AxisTitle))
{
    public required string Body { get; init; }

    public required IReadOnlyList<AxisFigure> Figures { get; init; }

    public required IReadOnlyList<AxisMeasure> Measures { get; init; }

    public required ItemSources Sources { get; init; }
}

public sealed class AxesQuery(PortalDbContext db)
{
    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);

    public async Task<AxesViewModel> LoadAxesAsync(CancellationToken cancellationToken)
    {
        var axes = await db.Axes.AsNoTracking()
            .Published()
            .OrderBy(a => a.Number)
            .Select(a => new AxisListItem(a.Number, a.Slug, a.Title, a.Summary,
                a.Measures.Count(m => m.IsPublished)))
            .ToListAsync(cancellationToken);
        return new AxesViewModel(axes) { Breadcrumb = [new Crumb("Axes")] };
    }

    /// <param name="includeUnpublished">Staff's preview: the item itself whatever its status; what it links to stays published only.</param>
    public async Task<AxisViewModel?> LoadAxisAsync(string slug, CancellationToken cancellationToken, bool includeUnpublished = false)
    {
        // Split: one query per collection rather than the product of figures and measures.
        var axis = await db.Axes.AsNoTracking()
            .PublishedUnless(includeUnpublished)
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Number,
                a.Title,
                a.Summary,
                a.Body,
                a.EditorNote,
                a.Sources,
                a.VerifiedOn,
                Figures = a.Figures.Where(f => f.IsPublished)
                    .OrderBy(f => f.Order)
                    .Select(f => new { f.Value, f.Unit, f.Label })
                    .ToList(),
                Measures = a.Measures.Where(m => m.IsPublished)
                    .Select(m => new AxisMeasure(m.Slug, m.Title, m.Summary, MeasureFunding.FactOf(m.Funding, m.FundingAmount, m.FundingUnit, m.FundingPeriod)))
                    .ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (axis is null)
        {
            return null;
        }
        return new AxisViewModel(axis.Number, axis.Title, axis.Summary)
        {
            Body = axis.Body,
            Figures = axis.Figures.Select(f => ReadFigure(f.Value, f.Unit, f.Label)).ToList(),
            // Ordered here: SQLite compares bytes and would put « Écoles » after « Zones ».
            Measures = axis.Measures.OrderBy(m => m.Title, _frenchOrder).ToList(),
            Sources = await ItemSources.LoadAsync(db, axis.Sources, axis.VerifiedOn, axis.EditorNote, cancellationToken),
            Breadcrumb = [new Crumb("Axes", PublicPaths.Axes), new Crumb(Text.Capitalize(axis.Title))],
        };
    }

    /// <summary>
    /// Most labels start with their unit ("usagers accueillis en 2023…" for unit "usagers"): the
    /// unit is then read once, "200 000 usagers accueillis en 2023…", not "200 000 usagers usagers…".
    /// </summary>
    private static AxisFigure ReadFigure(decimal value, string? unit, string label)
    {
        var number = FrenchFormat.Number(value);
        if (string.IsNullOrEmpty(unit))
        {
            return new AxisFigure(number, label);
        }
        if (label.StartsWith(unit + " ", StringComparison.OrdinalIgnoreCase))
        {
            return new AxisFigure($"{number}\u00A0{label[..unit.Length]}", label[(unit.Length + 1)..]);
        }
        return new AxisFigure($"{number}\u00A0{unit}", label);
    }
}
