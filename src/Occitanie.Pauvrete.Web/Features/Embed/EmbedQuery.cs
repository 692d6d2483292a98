using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Intentions;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Features.Selection;
using Occitanie.Pauvrete.Web.Features.Shared;
using SelectionList = Occitanie.Pauvrete.Web.Features.Selection.Selection;

namespace Occitanie.Pauvrete.Web.Features.Embed;

/// <summary>A measure in a block: its title, its page on the portal (absolute) and what the State funds in one line.</summary>
public sealed record EmbeddedMeasure(string Title, string Url, string? FundingFact);

/// <summary>A workshop of a selection in a block: its heading, where it was held, its page on the portal (absolute).</summary>
public sealed record EmbeddedWorkshop(string Heading, string Place, string Url);

/// <summary>
/// The block another site shows in a frame: a heading naming what it lists, the measures (and a
/// selection's workshops), a link to the whole list on the portal; or, for an address that names
/// nothing the portal has, <see cref="Problem"/> and nothing else (<see cref="Found"/> is false).
/// </summary>
public sealed record EmbedBlockViewModel
{
    public const string SiteName = "Lutte contre la pauvreté en Occitanie";

    public required string Heading { get; init; }

    public string? Lead { get; init; }

    public IReadOnlyList<EmbeddedMeasure> Measures { get; init; } = [];

    public IReadOnlyList<EmbeddedWorkshop> Workshops { get; init; } = [];

    /// <summary>A French sentence on what the address asked for and the portal does not have.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The page of the portal with the whole list (absolute), and its link's words.</summary>
    public required (string Url, string Label) FullList { get; init; }

    /// <summary>The portal's home page (absolute), for the credit line.</summary>
    public required string PortalUrl { get; init; }

    public bool Found => Measures.Count + Workshops.Count > 0;

    /// <summary>The height of a frame that shows it whole in a usual column (<see cref="EmbedSnippet.HeightFor"/>).</summary>
    public int Height => EmbedSnippet.HeightFor(Measures.Count + Workshops.Count + Problems.Count);
}

/// <summary>The page « Intégrer sur votre site »: the picker's options, and the chosen block with its snippet.</summary>
public sealed record EmbedPageViewModel() : PageViewModel(
    "Intégrer les mesures sur votre site",
    "Un bloc à copier sur le site de votre commune ou de votre intercommunalité : les mesures de l'État contre la pauvreté d'une intention, d'un département ou de votre sélection, avec leur financement.")
{
    public required EmbedChoice Choice { get; init; }

    public required IReadOnlyList<(string Value, string Label)> Intentions { get; init; }

    public required IReadOnlyList<(string Value, string Label)> Departements { get; init; }

    /// <summary>The chosen block, null when nothing is chosen.</summary>
    public EmbedBlockViewModel? Block { get; init; }

    /// <summary>The markup to paste, for a block that shows something.</summary>
    public string? Snippet { get; init; }
}

/// <summary>
/// The blocks, built from the projections the portal's own pages use — the intention's page, the
/// catalogue filtered by département, « Ma sélection » — so a block lists what the page it links
/// to lists, with the same « ce que finance l'État » line (<see cref="MeasureFunding.Fact"/>).
/// </summary>
public sealed class EmbedQuery(PortalDbContext db, IntentionQuery intentions, MeasureCatalogueQuery catalogue, SelectionQuery selections)
{
    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    public async Task<EmbedBlockViewModel> LoadBlockAsync(EmbedChoice choice, SiteAddress site, CancellationToken cancellationToken) => choice.Kind switch
    {
        EmbedKind.Intention => await IntentionBlockAsync(choice.Value!, site, cancellationToken),
        EmbedKind.Departement => await DepartementBlockAsync(choice.Value!, site, cancellationToken),
        EmbedKind.Selection => await SelectionBlockAsync(choice.Selection, site, cancellationToken),
        _ => Nothing(site, "Ce bloc ne dit pas quoi afficher : choisissez une intention, un département ou une sélection sur la page « Intégrer les mesures sur votre site » du portail."),
    };

    public async Task<EmbedPageViewModel> LoadPageAsync(EmbedChoice choice, SiteAddress site, CancellationToken cancellationToken)
    {
        var intentionChoices = await db.Intentions.AsNoTracking().Published()
            .OrderBy(i => i.Order)
            .Select(i => new { i.Slug, i.Title })
            .ToListAsync(cancellationToken);
        // The départements the catalogue can filter by: those where a workshop showed a measure at work.
        var departements = (await catalogue.FilterAsync(new MeasureFilter(), cancellationToken))
            .SelectMany(m => m.Departements)
            .DistinctBy(d => d.Code)
            .OrderBy(d => d.Name, _frenchOrder)
            .Select(d => ($"{EmbedChoice.DepartementKey}:{d.Code}", $"{d.Name} ({d.Code})"))
            .ToList();
        var block = choice.Kind == EmbedKind.None ? null : await LoadBlockAsync(choice, site, cancellationToken);
        return new EmbedPageViewModel
        {
            Choice = choice,
            Intentions = [.. intentionChoices.Select(i => ($"{EmbedChoice.IntentionKey}:{i.Slug}", i.Title))],
            Departements = departements,
            Block = block,
            Snippet = block is { Found: true } ? EmbedSnippet.For(site.For(choice.BlockPath), block.Heading, block.Height) : null,
            Breadcrumb = [new Crumb("Intégrer les mesures sur votre site")],
        };
    }

    private async Task<EmbedBlockViewModel> IntentionBlockAsync(string slug, SiteAddress site, CancellationToken cancellationToken)
    {
        if (await intentions.LoadAsync(slug, cancellationToken) is not { } intention)
        {
            return Nothing(site, "Cette intention n'existe pas ou plus sur le portail.");
        }
        return new EmbedBlockViewModel
        {
            Heading = $"Mesures de l'État : « {intention.Title} »",
            Lead = "Ce que l'État propose et finance aux communes, aux CCAS et aux intercommunalités d'Occitanie pour y répondre.",
            Measures = [.. intention.GuideMeasures.Concat(intention.OtherMeasures)
                .Select(m => new EmbeddedMeasure(m.Title, site.For(PublicPaths.Measure(m.Slug)), m.FundingFact))],
            FullList = (site.For(PublicPaths.Intention(slug)), "Voir les mesures, les ateliers et les contacts de cette intention sur le portail"),
            PortalUrl = site.For(PublicPaths.Home),
        };
    }

    private async Task<EmbedBlockViewModel> DepartementBlockAsync(string code, SiteAddress site, CancellationToken cancellationToken)
    {
        var filter = new MeasureFilter { Departement = code };
        var measures = await catalogue.FilterAsync(filter, cancellationToken);
        if (measures.Count == 0)
        {
            return Nothing(site, "Le portail ne cite aucune mesure déjà mise en œuvre dans ce département.");
        }
        var departement = measures[0].Departements.First(d => d.Code == code);
        return new EmbedBlockViewModel
        {
            Heading = $"Mesures de l'État : {departement.Name} ({departement.Code})",
            Lead = "Les mesures déjà mises en œuvre dans le département, d'après les ateliers du 7 juillet 2021.",
            Measures = [.. measures.Select(m => new EmbeddedMeasure(m.Title, site.For(PublicPaths.Measure(m.Slug)),
                MeasureFunding.FactOf(m.Funding, m.FundingAmount, m.FundingUnit, m.FundingPeriod)))],
            FullList = (site.For(filter.ToUrl()), "Voir ces mesures dans le catalogue du portail"),
            PortalUrl = site.For(PublicPaths.Home),
        };
    }

    private async Task<EmbedBlockViewModel> SelectionBlockAsync(SelectionList selection, SiteAddress site, CancellationToken cancellationToken)
    {
        var (measures, workshops) = await selections.LoadItemsAsync(selection, cancellationToken);
        var shown = new SelectionList([.. measures.Select(m => m.Slug)], [.. workshops.Select(w => w.Slug)]);
        var unavailable = selection.Count - shown.Count;
        List<string> problems = [];
        if (unavailable > 0)
        {
            problems.Add(Text.Plural(unavailable, "Un élément de cette sélection n'est pas ou plus en ligne sur le portail.", $"{unavailable} éléments de cette sélection ne sont pas ou plus en ligne sur le portail."));
        }
        if (selection.Malformed > 0)
        {
            problems.Add(Text.Plural(selection.Malformed, "Une valeur de l'adresse de ce bloc n'est pas une adresse de mesure ou d'atelier.", $"{selection.Malformed} valeurs de l'adresse de ce bloc ne sont pas des adresses de mesures ou d'ateliers."));
        }
        if (shown.IsEmpty)
        {
            return Nothing(site, [.. problems, "Cette sélection n'a aucune mesure ni aucun atelier en ligne sur le portail."]);
        }
        return new EmbedBlockViewModel
        {
            Heading = (measures.Count, workshops.Count) switch
            {
                (> 0, > 0) => "Une sélection de mesures et d'ateliers de l'État",
                (> 0, _) => "Une sélection de mesures de l'État",
                _ => "Une sélection d'ateliers",
            },
            Lead = "Pour prévenir et lutter contre la pauvreté en Occitanie.",
            Measures = [.. measures.Select(m => new EmbeddedMeasure(m.Title, site.For(m.Url), m.Essentials.Funding.Fact))],
            Workshops = [.. workshops.Select(w => new EmbeddedWorkshop(w.Heading, w.Place, site.For(w.Url)))],
            Problems = problems,
            FullList = (site.For(shown.Url), "Voir cette sélection sur le portail, à imprimer ou à télécharger"),
            PortalUrl = site.For(PublicPaths.Home),
        };
    }

    private static EmbedBlockViewModel Nothing(SiteAddress site, params IReadOnlyList<string> problems) => new()
    {
        Heading = "Mesures de l'État contre la pauvreté en Occitanie",
        Problems = problems,
        FullList = (site.For(PublicPaths.Measures), "Voir toutes les mesures sur le portail"),
        PortalUrl = site.For(PublicPaths.Home),
    };
}
