using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>Reads the measure catalogue (/mesures) as a visitor does: results, counts, tags, next pages.</summary>
internal static partial class MeasureCatalogueBrowser
{
    /// <summary>The slugs of the result cards of one page, in order.</summary>
    public static List<string> ResultSlugs(IHtmlDocument page) =>
        page.QuerySelectorAll("#mesures .fr-card__title a")
            .Select(a => a.GetAttribute("href")!)
            .Select(href => href.StartsWith("/mesures/", StringComparison.Ordinal) ? href["/mesures/".Length..] : throw new InvalidOperationException($"Unexpected result link {href}"))
            .ToList();

    /// <summary>The number the results heading announces ("12 mesures", "1 mesure", "Aucune mesure").</summary>
    public static int AnnouncedCount(IHtmlDocument page)
    {
        var heading = Normalize(page.QuerySelector("#nombre-de-mesures")!.TextContent);
        return heading == "Aucune mesure" ? 0 : int.Parse(Number().Match(heading).Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The count a filter tag shows in parentheses: "Axe 3 : … (20)" → 20.</summary>
    public static int TagCount(IElement tag) =>
        int.Parse(TrailingCount().Match(Normalize(tag.TextContent)).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>Every page of a result list, following the pagination's « Page suivante » from <paramref name="url"/>.</summary>
    public static async Task<List<IHtmlDocument>> AllPagesAsync(PortalFactory portal, string url)
    {
        var pages = new List<IHtmlDocument>();
        string? next = url;
        while (next is not null)
        {
            Assert.True(pages.Count < 50, "The pagination never ends.");
            var page = await portal.GetDocumentAsync(next);
            pages.Add(page);
            next = page.QuerySelector("nav.fr-pagination a.fr-pagination__link--next[href]")?.GetAttribute("href");
        }
        return pages;
    }

    /// <summary>Whitespace of any kind (fr-FR numbers hold narrow no-break spaces) as single spaces.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"\((\d+)\)$")]
    private static partial Regex TrailingCount();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
