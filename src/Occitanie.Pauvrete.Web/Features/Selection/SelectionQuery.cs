using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Features.Workshops;

namespace Occitanie.Pauvrete.Web.Features.Selection;

/// <summary>A chosen measure: its title and « L'essentiel », the four answers of its page.</summary>
public sealed record SelectedMeasure(string Slug, string Title, MeasureEssentials Essentials)
{
    public string Url => PublicPaths.Measure(Slug);
}

/// <summary>A chosen workshop: where, when and who spoke.</summary>
public sealed record SelectedWorkshop(string Slug, string Heading, string Place, string? Commune, string? Departement, string? HeldOn, IReadOnlyList<SpeakerGroup> Speakers)
{
    public string Url => PublicPaths.Workshop(Slug);
}

/// <summary>What the picker offers: « m:slug » or « a:slug » and its label.</summary>
public sealed record SelectionChoice(string Value, string Label);

public sealed record SelectionViewModel() : PageViewModel("Ma sélection", "Votre sélection de mesures et d'ateliers de la stratégie de lutte contre la pauvreté en Occitanie, à imprimer, partager ou télécharger.")
{
    public required Selection Selection { get; init; }

    public required IReadOnlyList<SelectedMeasure> Measures { get; init; }

    public required IReadOnlyList<SelectedWorkshop> Workshops { get; init; }

    /// <summary>Slugs of the address that no published item has (never existed, or withdrawn since the link was made).</summary>
    public required int Unavailable { get; init; }

    public required IReadOnlyList<SelectionChoice> MeasureChoices { get; init; }

    public required IReadOnlyList<SelectionChoice> WorkshopChoices { get; init; }

    /// <summary>Values of the address that could not be slugs (<see cref="Selection.Malformed"/>).</summary>
    public int Malformed { get; init; }

    /// <summary>Items beyond <see cref="Selection.MaxItems"/>, dropped (<see cref="Selection.Dropped"/>).</summary>
    public int Dropped { get; init; }

    /// <summary>The link of this selection, absolute, to copy.</summary>
    public required string ShareUrl { get; init; }

    public int Count => Measures.Count + Workshops.Count;

    /// <summary>« 2 mesures et 1 atelier ».</summary>
    public string Summary => string.Join(" et ", new[]
    {
        Measures.Count > 0 ? Text.Count(Measures.Count, "mesure", "mesures") : null,
        Workshops.Count > 0 ? Text.Count(Workshops.Count, "atelier", "ateliers") : null,
    }.OfType<string>());
}

/// <summary>The published items of a selection, in its order, with one query per kind whatever its size.</summary>
public sealed class SelectionQuery(PortalDbContext db, MarkdownRenderer markdown)
{
    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    /// <summary>The published ones of the selection's items; what is not published is left out (the page counts it).</summary>
    public async Task<(IReadOnlyList<SelectedMeasure> Measures, IReadOnlyList<SelectedWorkshop> Workshops)> LoadItemsAsync(Selection selection, CancellationToken cancellationToken)
    {
        var measureSlugs = selection.Measures.ToList();
        var measures = selection.Measures.Count == 0 ? [] : await db.Measures.AsNoTracking()
            .Published()
            .Where(m => measureSlugs.Contains(m.Slug))
            .Select(m => new
            {
                m.Slug,
                m.Title,
                m.Funding,
                m.FundingAmount,
                m.FundingUnit,
                m.FundingPeriod,
                m.HowToApply,
                m.Applicants,
                m.HelpKind,
                m.Publics,
                m.Porteurs,
                m.Contacts,
                m.Links,
                Axis = m.Axis!.IsPublished ? new MeasureAxisLink(m.Axis!.Number, m.Axis!.Slug, m.Axis!.Title) : null,
                Workshops = m.Workshops.Where(w => w.IsPublished)
                    .OrderBy(w => w.Order)
                    .Select(w => new MeasureWorkshopLink(w.Kind, w.Number, w.Slug, w.Title, w.Place, null, DatePrecision.Day))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        var workshopSlugs = selection.Workshops.ToList();
        var workshops = selection.Workshops.Count == 0 ? [] : await db.Workshops.AsNoTracking()
            .Published()
            .Where(w => workshopSlugs.Contains(w.Slug))
            .Select(WorkshopSummary.Of)
            .ToListAsync(cancellationToken);

        return (
            [.. measureSlugs.Select(slug => measures.FirstOrDefault(m => m.Slug == slug))
                .Where(m => m is not null)
                .Select(m => new SelectedMeasure(m!.Slug, m.Title, MeasureEssentials.Of(
                    new MeasureFunding(m.Funding, m.FundingAmount, m.FundingUnit, m.FundingPeriod),
                    m.Applicants,
                    markdown.FirstStep(m.HowToApply),
                    m.Links,
                    m.Contacts,
                    local: null,
                    m.HelpKind,
                    m.Porteurs,
                    m.Workshops,
                    m.Publics,
                    m.Axis)))],
            [.. workshopSlugs.Select(slug => workshops.FirstOrDefault(w => w.Slug == slug))
                .Where(w => w is not null)
                .Select(w => new SelectedWorkshop(
                    w!.Slug,
                    WorkshopLabel.Heading(w.Kind, w.Number, w.Title),
                    w.Place,
                    Text.Given(w.Commune),
                    w.Departement,
                    w.HeldOn is { } date ? WorkshopLabel.HeldOn(w.Kind, date, w.HeldPrecision) : null,
                    SpeakerGroup.Of(w.Speakers)))]);
    }

    public async Task<SelectionViewModel> LoadAsync(Selection selection, SiteAddress site, CancellationToken cancellationToken)
    {
        var (measures, workshops) = await LoadItemsAsync(selection, cancellationToken);
        var measureChoices = await db.Measures.AsNoTracking().Published()
            .Select(m => new { m.Slug, m.Title })
            .ToListAsync(cancellationToken);
        var workshopChoices = await db.Workshops.AsNoTracking().Published()
            .OrderBy(w => w.Order)
            .Select(w => new { w.Slug, w.Kind, w.Number, w.Title, w.Place })
            .ToListAsync(cancellationToken);
        // What is shown is what the page's own links carry: the published items, in the address's order.
        var shown = new Selection([.. measures.Select(m => m.Slug)], [.. workshops.Select(w => w.Slug)]);
        return new SelectionViewModel
        {
            Selection = shown,
            Measures = measures,
            Workshops = workshops,
            Unavailable = selection.Count - shown.Count,
            MeasureChoices = [.. measureChoices
                .Where(m => !shown.Measures.Contains(m.Slug))
                .OrderBy(m => m.Title, _frenchOrder)
                .Select(m => new SelectionChoice($"{Selection.MeasureKey}:{m.Slug}", m.Title))],
            WorkshopChoices = [.. workshopChoices
                .Where(w => !shown.Workshops.Contains(w.Slug))
                .Select(w => new SelectionChoice($"{Selection.WorkshopKey}:{w.Slug}", $"{WorkshopLabel.For(w.Kind, w.Number)}, {w.Place} : {w.Title}"))],
            ShareUrl = site.For(shown.Url),
            Breadcrumb = [new Crumb("Ma sélection")],
        };
    }
}
