using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>/recherche finds every kind of content however the words are typed, and never breaks on what is typed.</summary>
public sealed class SearchTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    [Theory]
    [InlineData("creche")]
    [InlineData("CRÈCHES")]
    public async Task Crèche_is_found_without_accents_in_any_case_and_in_the_plural(string query)
    {
        List<string> crecheMeasures;
        using (var scope = _portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            crecheMeasures = (await db.Measures.Published().Select(m => new { m.Slug, m.Title, m.Body }).ToListAsync())
                .Where(m => $"{m.Title} {m.Body}".Contains("crèche", StringComparison.OrdinalIgnoreCase))
                .Select(m => $"/mesures/{m.Slug}")
                .ToList();
        }

        var links = ResultLinks(await SearchAsync(query));

        Assert.Contains("/mesures/creches-a-vocation-d-insertion-professionnelle", crecheMeasures);
        Assert.All(crecheMeasures, m => Assert.Contains(m, links));
        Assert.Equal(ResultLinks(await SearchAsync("crèche")), links);
    }

    [Fact]
    public async Task Cantine_finds_the_measure_and_the_workshop_of_capendu()
    {
        var page = await SearchAsync("cantine");

        var links = ResultLinks(page);
        Assert.Contains("/mesures/cantines-a-tarification-sociale", links);
        Assert.Contains(await WorkshopUrlAsync(w => w.Kind == WorkshopKind.Atelier && w.Number == "1"), links);
        var measure = page.QuerySelectorAll("#results-measure li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/mesures/cantines-a-tarification-sociale");
        Assert.Contains(measure.QuerySelectorAll("mark"), m => m.TextContent.StartsWith("cantine", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("petit dejeuner", "/mesures/petits-dejeuners-educatifs")]
    [InlineData("surendettement", "/mesures/points-conseil-budget")]
    public async Task A_word_of_a_measure_finds_it(string query, string url)
    {
        Assert.Contains(url, ResultLinks(await SearchAsync(query)));
    }

    [Fact]
    public async Task The_name_of_a_speaker_finds_the_workshop_with_the_name_marked()
    {
        var atelier1 = await WorkshopUrlAsync(w => w.Kind == WorkshopKind.Atelier && w.Number == "1");

        var page = await SearchAsync("Busto");

        var result = page.QuerySelectorAll("#results-workshop li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == atelier1);
        Assert.Contains("Atelier n°1", result.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(result.QuerySelectorAll("p mark"), m => m.TextContent == "Busto");
    }

    [Theory]
    [InlineData("Capendu")]
    [InlineData("Lourdes")]
    public async Task A_commune_finds_its_workshop(string commune)
    {
        var workshop = await WorkshopUrlAsync(w => w.Commune == commune);

        Assert.Contains(workshop, ResultLinks(await SearchAsync(commune)));
    }

    [Fact]
    public async Task Another_wording_of_an_intention_finds_it()
    {
        string url;
        using (var scope = _portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var intentions = await db.Intentions.Published().ToListAsync();
            var intention = intentions.Single(i => i.Aliases.Any(a => a.Contains("soutenir les familles en difficulté", StringComparison.Ordinal)));
            Assert.DoesNotContain("soutenir", intention.Title, StringComparison.Ordinal);
            url = $"/je-souhaite/{intention.Slug}";
        }

        var page = await SearchAsync("soutenir les familles en difficulté");

        Assert.Contains(url, page.QuerySelectorAll("#results-intention h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_results_page_counts_its_results_and_groups_them_by_kind()
    {
        var page = await SearchAsync("cantine");

        var links = ResultLinks(page);
        Assert.Equal($"{links.Count} résultats pour « cantine »", Normalise(page.QuerySelector("#search-count")!.TextContent));
        var sections = page.QuerySelectorAll("main section");
        Assert.True(sections.Length >= 2);
        foreach (var section in sections)
        {
            var heading = Normalise(section.QuerySelector("h2")!.TextContent);
            Assert.EndsWith($"({section.QuerySelectorAll("li").Length})", heading, StringComparison.Ordinal);
        }
        Assert.StartsWith("Mesures", Normalise(page.QuerySelector("#results-measure h2")!.TextContent), StringComparison.Ordinal);
        Assert.StartsWith("Ateliers", Normalise(page.QuerySelector("#results-workshop h2")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_page_is_a_page_of_the_portal_that_keeps_the_query()
    {
        var page = await SearchAsync("cantine");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Recherche : cantine", PortalReading.Spaces(page.Title!), StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("h1"));
        var crumbs = page.QuerySelectorAll(".fr-breadcrumb__list li").Select(li => li.TextContent.Trim());
        Assert.Equal(["Accueil", "Recherche"], crumbs);
        var input = (IHtmlInputElement)page.QuerySelector("main form.fr-search-bar input[name=q]")!;
        Assert.Equal("cantine", input.Value);
        Assert.NotNull(page.QuerySelector($"main form.fr-search-bar label[for={input.Id}]"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("title:(")]
    [InlineData("AND OR NOT")]
    [InlineData("cantine~ OR [a TO z] OR \\")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Any_input_gives_a_page_and_is_shown_as_text(string query)
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri($"/recherche?q={Uri.EscapeDataString(query)}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(query, ((IHtmlInputElement)page.QuerySelector("#search-input")!).Value);
        // The page sets « » with no-break spaces inside.
        Assert.Contains($"« {query} »", PortalReading.Spaces(page.QuerySelector("#search-count")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_query_is_cut()
    {
        var query = string.Concat(Enumerable.Repeat("cantine ", 625));

        var page = await SearchAsync(query);

        var input = (IHtmlInputElement)page.QuerySelector("#search-input")!;
        Assert.InRange(input.Value.Length, 1, 200);
        Assert.Contains("/mesures/cantines-a-tarification-sociale", ResultLinks(page));
    }

    [Fact]
    public async Task Without_a_query_the_page_offers_the_form_examples_and_the_intentions()
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/recherche", UriKind.Relative));
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Recherche —", PortalReading.Spaces(page.Title!), StringComparison.Ordinal);
        Assert.Equal("", ((IHtmlInputElement)page.QuerySelector("#search-input")!).Value);
        Assert.Empty(page.QuerySelectorAll("main section"));
        Assert.Contains(page.QuerySelectorAll("main a.fr-tag"), a => a.GetAttribute("href") == "/recherche?q=cantine");
        Assert.Equal(7, page.QuerySelectorAll("#search-intentions a[href^='/je-souhaite/']").Length);
    }

    [Fact]
    public async Task Nothing_found_suggests_the_intentions_and_the_catalogue()
    {
        var page = await SearchAsync("zzyzx");

        Assert.Equal("Aucun résultat pour « zzyzx »", Normalise(page.QuerySelector("#search-count")!.TextContent));
        Assert.Empty(page.QuerySelectorAll("main section"));
        Assert.Equal(7, page.QuerySelectorAll("#search-intentions a[href^='/je-souhaite/']").Length);
        Assert.NotNull(page.QuerySelector("main a[href='/mesures']"));
    }

    [Fact]
    public async Task When_no_item_holds_every_word_the_items_holding_one_are_shown_and_said_so()
    {
        var page = await SearchAsync("cantine zzyzx");

        Assert.NotNull(page.QuerySelector("#search-partial"));
        Assert.Contains("/mesures/cantines-a-tarification-sociale", ResultLinks(page));
    }

    [Fact]
    public async Task Results_come_ten_a_page_and_the_next_page_shows_the_next_ones()
    {
        var pages = await MeasureCatalogueBrowser.AllPagesAsync(_portal, "/recherche?q=emploi");

        var total = int.Parse(PortalReading.Spaces(pages[0].QuerySelector("#search-count")!.TextContent).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(pages.Count >= 3, $"« emploi » gives {total} results on {pages.Count} pages");
        Assert.All(pages.SkipLast(1), p => Assert.Equal(10, ResultLinks(p).Count));
        var all = pages.SelectMany(ResultLinks).ToList();
        Assert.Equal(total, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal($"Page 2 sur {pages.Count}", Normalise(pages[1].QuerySelector("#search-page")!.TextContent));
        Assert.StartsWith($"Recherche : emploi (page 2 sur {pages.Count})", PortalReading.Spaces(pages[1].Title!), StringComparison.Ordinal);
        // Each kind's tag leads to the page and the section where its results start.
        foreach (var tag in pages[1].QuerySelectorAll("main nav[aria-label='Résultats par type de contenu'] a.fr-tag"))
        {
            var href = tag.GetAttribute("href")!;
            var target = href.StartsWith('#') ? pages[1] : await _portal.GetDocumentAsync(href[..href.IndexOf('#', StringComparison.Ordinal)]);
            Assert.NotNull(target.QuerySelector($"{href[href.IndexOf('#', StringComparison.Ordinal)..]} h3 a"));
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("deux")]
    [InlineData("99999999999999")]
    public async Task A_page_number_that_is_not_one_gives_the_first_page(string number)
    {
        using var client = _portal.CreateClient();
        using var response = await client.GetAsync(new Uri($"/recherche?q=emploi&page={number}", UriKind.Relative));
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ResultLinks(await SearchAsync("emploi")), ResultLinks(page));
    }

    [Fact]
    public async Task A_page_past_the_last_says_so_in_french_and_links_to_the_first()
    {
        using var client = _portal.CreateClient();
        using var response = await client.GetAsync(new Uri("/recherche?q=cantine&page=9", UriKind.Relative));
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Il n'y a pas de page 9 pour cette recherche : ses résultats tiennent sur 1 page.", Normalise(PortalReading.Spaces(page.QuerySelector("#search-page-missing")!.TextContent)));
        Assert.NotNull(page.QuerySelector("main a[href='/recherche?q=cantine']"));
        Assert.Empty(ResultLinks(page));
        Assert.Equal("cantine", ((IHtmlInputElement)page.QuerySelector("#search-input")!).Value);
    }

    private Task<IHtmlDocument> SearchAsync(string query) => _portal.GetDocumentAsync($"/recherche?q={Uri.EscapeDataString(query)}");

    private static List<string> ResultLinks(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("main section h3 a").Select(a => a.GetAttribute("href")!)];

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<string> WorkshopUrlAsync(System.Linq.Expressions.Expression<Func<Workshop, bool>> which)
    {
        using var scope = _portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return $"/ateliers/{await db.Workshops.Where(which).Select(w => w.Slug).SingleAsync()}";
    }
}
