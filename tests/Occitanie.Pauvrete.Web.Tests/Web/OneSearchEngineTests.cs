using System.Text.Json;
using AngleSharp.Html.Dom;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// One search engine: a word gives the same measures on /recherche, in the catalogue's keyword box
/// and in the API, and a misspelt word finds what it means or offers it (« Vouliez-vous dire »).
/// </summary>
public sealed class OneSearchEngineTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    /// <summary>The words of issue 13 and everyday ones: accents, case, plurals, typos, hyphens, acronyms, amounts.</summary>
    public static TheoryData<string> Queries => new()
    {
        "surendetement", "surendettement", "cantinne", "cantine", "creche", "crèches", "1 €", "crehce",
        "surendettment", "sur-endettement", "dettes", "PCB", "RSA", "QPV", "EAJE", "petit-déj",
        "petits déjeuners", "jeunes logement", "santé", "Capendu", "l'accès aux droits", "mobilité",
        "insertion professionnelle", "numérique", "xyzzy introuvable",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_site_search_the_catalogue_and_the_api_give_the_same_measures(string query)
    {
        var q = Uri.EscapeDataString(query);
        var searchPages = await MeasureCatalogueBrowser.AllPagesAsync(_portal, $"/recherche?q={q}");
        var fromSearch = searchPages.SelectMany(p => p.QuerySelectorAll("#results-measure li h3 a"))
            .Select(a => a.GetAttribute("href")!["/mesures/".Length..]).Order(StringComparer.Ordinal).ToList();

        var pages = await MeasureCatalogueBrowser.AllPagesAsync(_portal, $"/mesures?q={q}");
        var fromCatalogue = pages.SelectMany(MeasureCatalogueBrowser.ResultSlugs).Order(StringComparer.Ordinal).ToList();

        using var client = _portal.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/mesures?q={q}&taille=100", UriKind.Relative)));
        var fromApi = json.RootElement.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("slug").GetString()!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(fromSearch, fromCatalogue);
        Assert.Equal(fromSearch, fromApi);
        Assert.Equal(fromCatalogue.Count, MeasureCatalogueBrowser.AnnouncedCount(pages[0]));
    }

    [Theory]
    [InlineData("surendetement", "points-conseil-budget")]
    [InlineData("surendettment", "points-conseil-budget")]
    [InlineData("sur-endettement", "points-conseil-budget")]
    [InlineData("dettes", "points-conseil-budget")]
    [InlineData("PCB", "points-conseil-budget")]
    [InlineData("cantinne", "cantines-a-tarification-sociale")]
    [InlineData("1 €", "cantines-a-tarification-sociale")]
    [InlineData("creche", "creches-a-vocation-d-insertion-professionnelle")]
    [InlineData("crehce", "creches-a-vocation-d-insertion-professionnelle")]
    [InlineData("EAJE", "creches-a-vocation-d-insertion-professionnelle")]
    [InlineData("petit-déj", "petits-dejeuners-educatifs")]
    public async Task A_misspelt_or_everyday_word_finds_its_measure_or_offers_it(string query, string slug)
    {
        var q = Uri.EscapeDataString(query);
        foreach (var start in new[] { $"/recherche?q={q}", $"/mesures?q={q}" })
        {
            var page = await _portal.GetDocumentAsync(start);
            if (!Links(page).Contains($"/mesures/{slug}"))
            {
                // Not found as typed: the page offers the right words, and they find it.
                var suggestion = page.QuerySelector("#search-suggestion a, #suggestion a");
                Assert.True(suggestion is not null, $"{start} neither finds /mesures/{slug} nor offers « Vouliez-vous dire »");
                Assert.StartsWith("Vouliez-vous dire", suggestion.ParentElement!.TextContent.Trim(), StringComparison.Ordinal);
                var corrected = await _portal.GetDocumentAsync(suggestion.GetAttribute("href")!);
                Assert.Contains($"/mesures/{slug}", Links(corrected));
            }
        }
    }

    [Fact]
    public async Task An_amount_in_euros_finds_the_measures_that_say_it_not_every_number_one()
    {
        var withAmount = MeasureCatalogueBrowser.ResultSlugs(await _portal.GetDocumentAsync("/mesures?q=1%20%E2%82%AC")).ToList();
        var all = MeasureCatalogueBrowser.AnnouncedCount(await _portal.GetDocumentAsync("/mesures"));

        Assert.Contains("cantines-a-tarification-sociale", withAmount);
        Assert.True(withAmount.Count < all / 4, $"« 1 € » gives {withAmount.Count} measures of {all}");
    }

    private static List<string> Links(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#results-measure li h3 a, #mesures h3 a").Select(a => a.GetAttribute("href")!)];
}
