using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Measures;

/// <summary>The filters of the catalogue that narrow it by a value of the measures.</summary>
public enum MeasureFacet
{
    Axis,
    Intention,
    Public,
    Porteur,

    /// <summary>The département where a workshop of the 7 July 2021 conference showed the measure at work.</summary>
    Departement,
}

public enum MeasureSort
{
    Title,
    Axis,
}

/// <summary>
/// What the visitor asked the catalogue for. All of it lives in the query string (French keys:
/// axe, intention, public, porteur, departement, q, tri, page) so that a search can be bookmarked and shared.
/// One value per filter: a second <c>?axe=</c> is ignored.
/// </summary>
public sealed record MeasureFilter
{
    /// <summary>
    /// Longest text kept from any parameter: a longer one is cut. The text is copied into every
    /// filter link of the page, so an unbounded one would make the page unbounded too.
    /// </summary>
    public const int MaxLength = 200;

    public string? Axis { get; init; }

    public string? Intention { get; init; }

    public string? Public { get; init; }

    public string? Porteur { get; init; }

    /// <summary>INSEE code of a département where a commune already did it (a workshop of the guide).</summary>
    public string? Departement { get; init; }

    /// <summary>Words looked for in the title and the summary.</summary>
    public string? Text { get; init; }

    public MeasureSort Sort { get; init; }

    /// <summary>1-based; the query clamps it to the pages that exist.</summary>
    public int Page { get; init; } = 1;

    /// <summary>The filter a query string gives, whatever it holds: nothing a visitor types fails.</summary>
    public static MeasureFilter FromQuery(string? axe, string? intention, string? @public, string? porteur, string? departement, string? q, string? tri, int? page) => new()
    {
        Departement = Clean(departement),
        Axis = Clean(axe),
        Intention = Clean(intention),
        Public = Clean(@public),
        Porteur = Clean(porteur),
        Text = Clean(q),
        Sort = string.Equals(tri?.Trim(), "axe", StringComparison.OrdinalIgnoreCase) ? MeasureSort.Axis : MeasureSort.Title,
        Page = Math.Max(1, page ?? 1),
    };

    public bool HasCriteria => Axis is not null || Intention is not null || Public is not null || Porteur is not null || Departement is not null || Text is not null;

    public string? Get(MeasureFacet facet) => facet switch
    {
        MeasureFacet.Axis => Axis,
        MeasureFacet.Intention => Intention,
        MeasureFacet.Public => Public,
        MeasureFacet.Departement => Departement,
        _ => Porteur,
    };

    /// <summary>This filter with <paramref name="facet"/> set to <paramref name="value"/> (null removes it), back on page 1.</summary>
    public MeasureFilter With(MeasureFacet facet, string? value) => facet switch
    {
        MeasureFacet.Axis => this with { Axis = value, Page = 1 },
        MeasureFacet.Intention => this with { Intention = value, Page = 1 },
        MeasureFacet.Public => this with { Public = value, Page = 1 },
        MeasureFacet.Departement => this with { Departement = value, Page = 1 },
        _ => this with { Porteur = value, Page = 1 },
    };

    /// <summary>The catalogue's address for this filter; defaults (sort by title, page 1) are left out.</summary>
    public string ToUrl()
    {
        var query = new QueryBuilder();
        Add("axe", Axis);
        Add("intention", Intention);
        Add("public", Public);
        Add("porteur", Porteur);
        Add("departement", Departement);
        Add("q", Text);
        Add("tri", Sort == MeasureSort.Axis ? "axe" : null);
        Add("page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null);
        return PublicPaths.Measures + query.ToQueryString();

        void Add(string key, string? value)
        {
            if (value is not null)
            {
                query.Add(key, value);
            }
        }
    }

    /// <summary>The query string parameters that keep the filters (not the text nor the sort) in a GET form.</summary>
    public IEnumerable<KeyValuePair<string, string>> FacetParameters()
    {
        foreach (var (key, value) in new[] { ("axe", Axis), ("intention", Intention), ("public", Public), ("porteur", Porteur), ("departement", Departement) })
        {
            if (value is not null)
            {
                yield return new(key, value);
            }
        }
    }

    private static string? Clean(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return text.Length > MaxLength ? text[..MaxLength].TrimEnd() : text;
    }
}
