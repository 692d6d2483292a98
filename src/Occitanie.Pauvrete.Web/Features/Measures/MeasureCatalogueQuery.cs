using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Search;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Measures;

/// <summary>A published measure with what the catalogue's filters and lists look at.</summary>
public sealed record MeasureRow
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required string? Summary { get; init; }

    public required string? Funding { get; init; }

    public required decimal? FundingAmount { get; init; }

    public required string? FundingUnit { get; init; }

    public required string? FundingPeriod { get; init; }

    /// <summary>Null when the measure's axis is not published (the measure then has no axis for the public).</summary>
    public required string? AxisSlug { get; init; }

    public required int AxisNumber { get; init; }

    public required string AxisTitle { get; init; }

    public required List<MeasureRowIntention> Intentions { get; init; }

    public required List<string> Publics { get; init; }

    public required List<string> Porteurs { get; init; }

    public required List<MeasureRowDepartement> Departements { get; init; }

    public required DateTime UpdatedAt { get; init; }
}

public sealed record MeasureRowIntention(string Slug, string Title, int Order);

/// <summary>A département where a published workshop showed the measure at work.</summary>
public sealed record MeasureRowDepartement(string Code, string Name);

/// <summary>A measure in the list of results.</summary>
public sealed record MeasureCatalogueItem(string Slug, string Title, string? Summary, int? AxisNumber, string? Funding);

/// <summary>A value of a filter, with the number of measures it gives combined with the other active filters.</summary>
public sealed record MeasureFacetValue(string Value, string Label, int Count, bool Selected, string Url);

/// <summary>The values of one filter; <see cref="Values"/> are shown first, <see cref="MoreValues"/> on demand.</summary>
public sealed record MeasureFacetGroup(MeasureFacet Facet, string Heading, IReadOnlyList<MeasureFacetValue> Values, IReadOnlyList<MeasureFacetValue> MoreValues);

public sealed record MeasureCatalogueViewModel(
    MeasureFilter Filter,
    int Total,
    int PageCount,
    IReadOnlyList<MeasureCatalogueItem> Items,
    IReadOnlyList<MeasureFacetGroup> Facets,
    IReadOnlyList<string> UnknownValues,
    MeasureTextMatch TextMatch)
    : PageViewModel(
        Filter.Page > 1 ? $"Mesures (page {Filter.Page} sur {PageCount})" : "Mesures",
        "Les mesures que l'État propose et finance en Occitanie pour prévenir et lutter contre la pauvreté, par axe, intention, public, porteur et département où une commune l'a déjà fait.")
{
    public string ResetUrl => new MeasureFilter().ToUrl();

    public string PageUrl(int page) => (Filter with { Page = page }).ToUrl();

    /// <summary>The catalogue with the suggested words in place of the visitor's (the other filters kept).</summary>
    public string? SuggestionUrl => TextMatch.Suggestion is null ? null : (Filter with { Text = TextMatch.Suggestion, Page = 1 }).ToUrl();
}

/// <summary>
/// How the keyword box matched: <see cref="AllWords"/> is false when no measure holds every word and
/// the list holds those with at least one; <see cref="Suggestion"/> is the « Vouliez-vous dire » of the search.
/// </summary>
public sealed record MeasureTextMatch(bool AllWords, string? Suggestion)
{
    public static MeasureTextMatch None { get; } = new(true, null);
}

/// <summary>The catalogue of the published measures, filtered, counted and paged.</summary>
public sealed class MeasureCatalogueQuery(PortalDbContext db, SearchIndex index, SearchMisses misses)
{
    public const int PageSize = 20;

    /// <summary>Publics and porteurs are free words (about a hundred): the most frequent are shown, the others on demand.</summary>
    private const int VisibleFreeValues = 10;

    private static readonly CultureInfo _french = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly StringComparer _frenchOrder = StringComparer.Create(_french, CompareOptions.IgnoreCase);

    public async Task<MeasureCatalogueViewModel> LoadAsync(MeasureFilter filter, CancellationToken cancellationToken)
    {
        var rows = await LoadRowsAsync(cancellationToken);
        var (measures, textMatch) = await WithTextAsync(rows, filter, cancellationToken);
        if (filter.Text is not null && measures.Count == 0)
        {
            await misses.RecordAsync(filter.Text, cancellationToken);
        }
        var results = Select(measures, filter);
        var pageCount = Math.Max(1, (results.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        filter = filter with { Page = page };
        var items = results.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new MeasureCatalogueItem(m.Slug, m.Title, m.Summary, m.AxisSlug is null ? null : m.AxisNumber, MeasureFunding.FactOf(m.Funding, m.FundingAmount, m.FundingUnit, m.FundingPeriod)))
            .ToList();

        var axes = rows.Where(r => r.AxisSlug is not null)
            .DistinctBy(r => r.AxisSlug)
            .OrderBy(r => r.AxisNumber)
            .Select(r => (Value: r.AxisSlug!, Label: $"Axe {r.AxisNumber}\u00a0: {r.AxisTitle}"))
            .ToList();
        var intentions = rows.SelectMany(r => r.Intentions)
            .DistinctBy(i => i.Slug)
            .OrderBy(i => i.Order)
            .Select(i => (Value: i.Slug, Label: IntentionLabel(i.Title)))
            .ToList();
        var publics = rows.SelectMany(r => r.Publics).Distinct(StringComparer.Ordinal).Select(p => (Value: p, Label: p)).ToList();
        var porteurs = rows.SelectMany(r => r.Porteurs).Distinct(StringComparer.Ordinal).Select(p => (Value: p, Label: p)).ToList();
        var departements = rows.SelectMany(r => r.Departements)
            .DistinctBy(d => d.Code)
            .OrderBy(d => d.Name, _frenchOrder)
            .Select(d => (Value: d.Code, Label: $"{d.Name} ({d.Code})"))
            .ToList();

        var facets = new List<MeasureFacetGroup>
        {
            Group(MeasureFacet.Axis, "Axe de la stratégie", axes, measures, filter, byCount: false),
            Group(MeasureFacet.Intention, "Je souhaite…", intentions, measures, filter, byCount: false),
            Group(MeasureFacet.Public, "Pour qui", publics, measures, filter, byCount: true),
            Group(MeasureFacet.Porteur, "Porteur", porteurs, measures, filter, byCount: true),
            Group(MeasureFacet.Departement, "Déjà mis en œuvre dans le département (ateliers du 7 juillet 2021)", departements, measures, filter, byCount: false),
        };

        // A shared link may name a value that no longer exists (a renamed slug): say so rather than show an unexplained empty list.
        var unknown = new List<string>();
        AddUnknown(filter.Axis, "axe", axes);
        AddUnknown(filter.Intention, "intention", intentions);
        AddUnknown(filter.Public, "public", publics);
        AddUnknown(filter.Porteur, "porteur", porteurs);
        AddUnknown(filter.Departement, "département", departements);

        return new MeasureCatalogueViewModel(filter, results.Count, pageCount, items, facets, unknown, textMatch)
        {
            Breadcrumb = [new Crumb("Mesures")],
        };

        void AddUnknown(string? value, string name, List<(string Value, string Label)> known)
        {
            if (value is not null && !known.Exists(k => string.Equals(k.Value, value, StringComparison.OrdinalIgnoreCase)))
            {
                unknown.Add($"{name} « {value} »");
            }
        }
    }

    /// <summary>
    /// The published measures that <paramref name="filter"/> selects, in its order, not paged: what the
    /// catalogue lists and what the API answers, so both give the same measures in the same order.
    /// Unknown values select nothing (the callers say why: the page in words, the API with a 400).
    /// </summary>
    public async Task<IReadOnlyList<MeasureRow>> FilterAsync(MeasureFilter filter, CancellationToken cancellationToken) =>
        Select((await WithTextAsync(await LoadRowsAsync(cancellationToken), filter, cancellationToken)).Measures, filter);

    private async Task<List<MeasureRow>> LoadRowsAsync(CancellationToken cancellationToken) =>
        // The portal holds some seventy measures: ONE query loads every published one with what the
        // filters need, then filtering, facet counts and paging happen in memory. At this size it is
        // simpler than a SQL query per facet value and just as fast; revisit past a few thousand.
        await db.Measures.AsNoTracking()
            .Published()
            .Select(m => new MeasureRow
            {
                Slug = m.Slug,
                Title = m.Title,
                Summary = m.Summary,
                Funding = m.Funding,
                FundingAmount = m.FundingAmount,
                FundingUnit = m.FundingUnit,
                FundingPeriod = m.FundingPeriod,
                AxisSlug = m.Axis!.IsPublished ? m.Axis!.Slug : null,
                AxisNumber = m.Axis!.Number,
                AxisTitle = m.Axis!.Title,
                Intentions = m.Intentions.Where(i => i.IsPublished)
                    .OrderBy(i => i.Order)
                    .Select(i => new MeasureRowIntention(i.Slug, i.Title, i.Order))
                    .ToList(),
                Publics = m.Publics,
                Porteurs = m.Porteurs,
                Departements = m.Workshops.Where(w => w.IsPublished && w.Departement != null)
                    .Select(w => new MeasureRowDepartement(w.Departement!.Code, w.Departement.Name))
                    .ToList(),
                UpdatedAt = m.UpdatedAt,
            })
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The measures the keyword box finds, the base on which the facets count: those the site's
    /// search (<see cref="SearchIndex"/>) finds among measures, so a word gives the same measures on
    /// /recherche, here and in the API.
    /// </summary>
    private async Task<(List<MeasureRow> Measures, MeasureTextMatch Match)> WithTextAsync(List<MeasureRow> rows, MeasureFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Text is null)
        {
            return (rows, MeasureTextMatch.None);
        }
        await index.RefreshIfStaleAsync(cancellationToken);
        var results = index.Search(SearchQuery.Clean(filter.Text));
        var found = results.Hits.Where(h => h.Kind == SearchKind.Measure).Select(h => h.Url).ToHashSet(StringComparer.Ordinal);
        return ([.. rows.Where(r => found.Contains(PublicPaths.Measure(r.Slug)))], new MeasureTextMatch(results.AllTermsMatched, results.Suggestion));
    }

    private static List<MeasureRow> Select(List<MeasureRow> measures, MeasureFilter filter)
    {
        var results = measures.Where(m => Matches(m, filter, except: null));
        return filter.Sort == MeasureSort.Axis
            ? [.. results.OrderBy(m => m.AxisSlug is null).ThenBy(m => m.AxisNumber).ThenBy(m => m.Title, _frenchOrder)]
            : [.. results.OrderBy(m => m.Title, _frenchOrder)];
    }

    /// <summary>"Je souhaite améliorer l'accès aux droits" → "améliorer l'accès aux droits": the group is headed « Je souhaite… ».</summary>
    private static string IntentionLabel(string phrase)
    {
        const string prefix = "Je souhaite ";
        return phrase.StartsWith(prefix, StringComparison.Ordinal) ? phrase[prefix.Length..] : phrase;
    }

    private static MeasureFacetGroup Group(
        MeasureFacet facet,
        string heading,
        List<(string Value, string Label)> values,
        List<MeasureRow> measures,
        MeasureFilter filter,
        bool byCount)
    {
        var selected = filter.Get(facet);
        // Each value counts what the visitor would get by choosing it: the other filters stay, this one is replaced.
        var others = measures.Where(m => Matches(m, filter, except: facet)).ToList();
        var counted = values
            .Select(v =>
            {
                var isSelected = string.Equals(v.Value, selected, StringComparison.OrdinalIgnoreCase);
                var count = others.Count(m => Has(m, facet, v.Value));
                var url = filter.With(facet, isSelected ? null : v.Value).ToUrl();
                return new MeasureFacetValue(v.Value, v.Label, count, isSelected, url);
            })
            .Where(v => v.Count > 0 || v.Selected)
            .ToList();
        if (!byCount)
        {
            return new MeasureFacetGroup(facet, heading, counted, []);
        }
        var ordered = counted.OrderByDescending(v => v.Count).ThenBy(v => v.Label, _frenchOrder).ToList();
        var visible = ordered.Take(VisibleFreeValues).Concat(ordered.Skip(VisibleFreeValues).Where(v => v.Selected)).ToList();
        return new MeasureFacetGroup(facet, heading, visible, [.. ordered.Except(visible)]);
    }

    private static bool Matches(MeasureRow measure, MeasureFilter filter, MeasureFacet? except)
    {
        foreach (var facet in Enum.GetValues<MeasureFacet>())
        {
            if (facet != except && filter.Get(facet) is { } value && !Has(measure, facet, value))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Has(MeasureRow measure, MeasureFacet facet, string value) => facet switch
    {
        MeasureFacet.Axis => string.Equals(measure.AxisSlug, value, StringComparison.OrdinalIgnoreCase),
        MeasureFacet.Intention => measure.Intentions.Exists(i => string.Equals(i.Slug, value, StringComparison.OrdinalIgnoreCase)),
        MeasureFacet.Public => measure.Publics.Exists(p => string.Equals(p, value, StringComparison.OrdinalIgnoreCase)),
        MeasureFacet.Departement => measure.Departements.Exists(d => d.Code == value),
        _ => measure.Porteurs.Exists(p => string.Equals(p, value, StringComparison.OrdinalIgnoreCase)),
    };
}
