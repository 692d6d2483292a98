using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.PressReleases;

/// <summary>
/// What the visitor asked the press room for, kept in the query string (<c>?annee=2024&amp;page=2</c>)
/// so that a list can be bookmarked and shared and works without JavaScript.
/// </summary>
public sealed record PressReleaseFilter
{
    /// <summary>The year of the releases to show; null shows them all.</summary>
    public int? Year { get; init; }

    /// <summary>1-based; the query clamps it to the pages that exist.</summary>
    public int Page { get; init; } = 1;

    /// <summary>
    /// The filter a query string gives, whatever it holds: a value that is not a number has already
    /// been dropped by model binding (null), a page below 1 is the first one.
    /// </summary>
    public static PressReleaseFilter FromQuery(int? annee, int? page) => new() { Year = annee, Page = Math.Max(1, page ?? 1) };

    /// <summary>The press room's address for this filter; page 1 is left out.</summary>
    public string ToUrl()
    {
        var query = new QueryBuilder();
        if (Year is { } year)
        {
            query.Add("annee", year.ToString(CultureInfo.InvariantCulture));
        }
        if (Page > 1)
        {
            query.Add("page", Page.ToString(CultureInfo.InvariantCulture));
        }
        return PublicPaths.PressReleases + query.ToQueryString();
    }
}
