using System.Globalization;
using System.Linq.Expressions;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;
using static Occitanie.Pauvrete.Web.Tests.Support.MeasureCatalogueBrowser;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>The catalogue /mesures: every published measure, filters with counts kept in the query string, pages, bad input.</summary>
public sealed class MeasureCatalogueTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int PageSize = 20;

    [Fact]
    public async Task Without_filter_the_catalogue_shows_every_published_measure_over_its_pages()
    {
        var published = await PublishedSlugsAsync(_ => true);

        var pages = await AllPagesAsync(portal, "/mesures");

        var first = pages[0];
        Assert.Single(first.QuerySelectorAll("h1"));
        Assert.Equal("fr", first.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Mesures", first.Title, StringComparison.Ordinal);
        Assert.Equal(["Accueil", "Mesures"], first.QuerySelectorAll("nav.fr-breadcrumb li").Select(li => Normalize(li.TextContent)));
        Assert.Equal(published.Count, AnnouncedCount(first));
        Assert.Equal((published.Count + PageSize - 1) / PageSize, pages.Count);
        Assert.All(pages, p => Assert.InRange(ResultSlugs(p).Count, 1, PageSize));
        var shown = pages.SelectMany(ResultSlugs).ToList();
        Assert.Equal(published.Count, shown.Count);
        Assert.Equal(published.Order(), shown.Order());
    }

    [Fact]
    public async Task Filtering_by_an_axis_shows_only_its_measures_as_many_as_its_tag_announced()
    {
        var axis = await AxisWithMostMeasuresAsync();
        var ofAxis = await PublishedSlugsAsync(m => m.Axis!.Slug == axis);
        var catalogue = await portal.GetDocumentAsync("/mesures");
        var tag = catalogue.QuerySelectorAll("#filtre-axis a.fr-tag").Single(a => a.GetAttribute("href") == $"/mesures?axe={axis}#resultats");

        var pages = await AllPagesAsync(portal, tag.GetAttribute("href")!);

        Assert.Equal(ofAxis.Count, TagCount(tag));
        Assert.Equal(ofAxis.Count, AnnouncedCount(pages[0]));
        Assert.Equal(ofAxis.Order(), pages.SelectMany(ResultSlugs).Order());
        var selected = Assert.Single(pages[0].QuerySelectorAll("#filtre-axis a.fr-tag[aria-current=true]"));
        // A filter's link lands on the results (on a phone, below the folded filters).
        Assert.Equal("/mesures#resultats", selected.GetAttribute("href"));
        Assert.Equal(ofAxis.Count, TagCount(selected));
        Assert.Equal("/mesures", pages[0].QuerySelector("#reinitialiser")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_axis_and_an_intention_combine_and_stay_in_the_tags_and_the_pagination_links()
    {
        const string axis = "acces-aux-droits";
        const string intention = "ameliorer-l-acces-aux-droits";
        // The content has fewer than a page of such measures: add published ones so that the list spans two pages.
        await AddMeasuresAsync(axis, intention, PageSize + 1 - (await PublishedSlugsAsync(m => m.Axis!.Slug == axis && m.Intentions.Any(i => i.Slug == intention))).Count);
        var expected = await PublishedSlugsAsync(m => m.Axis!.Slug == axis && m.Intentions.Any(i => i.Slug == intention));
        var url = $"/mesures?axe={axis}&intention={intention}";

        var pages = await AllPagesAsync(portal, url);

        Assert.True(expected.Count > PageSize);
        Assert.Equal(expected.Count, AnnouncedCount(pages[0]));
        Assert.Equal((expected.Count + PageSize - 1) / PageSize, pages.Count);
        Assert.Equal(expected.Order(), pages.SelectMany(ResultSlugs).Order());
        var pageLinks = pages.SelectMany(p => p.QuerySelectorAll("nav.fr-pagination a[href]")).Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(pageLinks);
        Assert.All(pageLinks, href =>
        {
            Assert.Contains($"axe={axis}", href, StringComparison.Ordinal);
            Assert.Contains($"intention={intention}", href, StringComparison.Ordinal);
        });
        Assert.Contains(pageLinks, href => href.EndsWith("page=2", StringComparison.Ordinal));
        // The tags of another filter keep both: choosing a public narrows the combined list.
        Assert.All(pages[0].QuerySelectorAll("#filtre-public a.fr-tag"), a =>
        {
            Assert.Contains($"axe={axis}", a.GetAttribute("href")!, StringComparison.Ordinal);
            Assert.Contains($"intention={intention}", a.GetAttribute("href")!, StringComparison.Ordinal);
        });
        var intentionTag = Assert.Single(pages[0].QuerySelectorAll("#filtre-intention a.fr-tag[aria-current=true]"));
        Assert.Equal(expected.Count, TagCount(intentionTag));
        Assert.Equal($"/mesures?axe={axis}#resultats", intentionTag.GetAttribute("href"));
    }

    [Fact]
    public async Task A_keyword_finds_the_cantines_measure()
    {
        var page = await portal.GetDocumentAsync("/mesures?q=cantine");

        // Every measure the site's search finds for the word (OneSearchEngineTests), not only those with it in their title.
        Assert.Contains("cantines-a-tarification-sociale", ResultSlugs(page));
        Assert.Equal("cantine", page.QuerySelector("#mesures-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_keyword_matches_whatever_its_accents_and_case()
    {
        var upper = await portal.GetDocumentAsync("/mesures?q=CRECHE");
        var accented = await portal.GetDocumentAsync("/mesures?q=cr%C3%A8ches");

        Assert.Contains("creches-a-vocation-d-insertion-professionnelle", ResultSlugs(upper));
        Assert.Contains("creches-a-vocation-d-insertion-professionnelle", ResultSlugs(accented));
        Assert.Equal(ResultSlugs(upper), ResultSlugs(accented));
    }

    [Theory]
    [InlineData("/mesures?page=-1")]
    [InlineData("/mesures?page=0")]
    [InlineData("/mesures?page=abc")]
    [InlineData("/mesures?page=100000")]
    [InlineData("/mesures?page=99999999999999999999")]
    [InlineData("/mesures?axe=axe-inconnu")]
    [InlineData("/mesures?intention=inconnue&public=personne&porteur=%3Cscript%3E")]
    [InlineData("/mesures?tri=n-importe-quoi&axe=&q=")]
    [InlineData("/mesures?axe=acces-aux-droits&axe=autonomie-des-jeunes")]
    public async Task Hostile_or_stale_addresses_give_a_normal_page(string url)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("#nombre-de-mesures"));
    }

    [Fact]
    public async Task A_page_beyond_the_last_shows_the_last_and_a_page_below_one_the_first()
    {
        var published = await PublishedSlugsAsync(_ => true);
        var lastPage = (published.Count + PageSize - 1) / PageSize;

        var beyond = await portal.GetDocumentAsync("/mesures?page=100000");
        var below = await portal.GetDocumentAsync("/mesures?page=-1");

        Assert.Equal(lastPage.ToString(CultureInfo.InvariantCulture), beyond.QuerySelector("nav.fr-pagination [aria-current=page]")!.TextContent.Trim());
        Assert.Equal(published.Count - ((lastPage - 1) * PageSize), ResultSlugs(beyond).Count);
        Assert.Equal("1", below.QuerySelector("nav.fr-pagination [aria-current=page]")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_unknown_value_gives_an_explained_empty_list_with_a_way_back()
    {
        var page = await portal.GetDocumentAsync("/mesures?axe=axe-inconnu");

        Assert.Equal(0, AnnouncedCount(page));
        Assert.Empty(ResultSlugs(page));
        var empty = page.QuerySelector("#aucune-mesure")!;
        Assert.Contains("axe-inconnu", empty.TextContent, StringComparison.Ordinal);
        Assert.Contains(empty.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/mesures" && a.TextContent.Trim() == "Réinitialiser les filtres");
        // The axis tags still offer every real axis, each with its own count.
        Assert.Equal(6, page.QuerySelectorAll("#filtre-axis a.fr-tag").Length);
    }

    [Fact]
    public async Task A_very_long_keyword_gives_a_normal_page_and_is_cut()
    {
        var keyword = new string('x', 5000);

        using var client = portal.CreateClient();
        using var response = await client.GetAsync(new Uri($"/mesures?q={keyword}", UriKind.Relative));
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, AnnouncedCount(page));
        Assert.NotNull(page.QuerySelector("#aucune-mesure"));
        Assert.InRange(page.QuerySelector("#mesures-q")!.GetAttribute("value")!.Length, 1, 200);
    }

    private async Task<List<string>> PublishedSlugsAsync(Expression<Func<Measure, bool>> predicate)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Measures.Published().Where(predicate).Select(m => m.Slug).ToListAsync();
    }

    private async Task<string> AxisWithMostMeasuresAsync()
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Axes.Published().OrderByDescending(a => a.Measures.Count(m => m.Status == PublicationStatus.Published)).Select(a => a.Slug).FirstAsync();
    }

    private async Task AddMeasuresAsync(string axisSlug, string intentionSlug, int count)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var axis = await db.Axes.SingleAsync(a => a.Slug == axisSlug);
        var intention = await db.Intentions.SingleAsync(i => i.Slug == intentionSlug);
        for (var i = 1; i <= count; i++)
        {
            db.Measures.Add(new Measure
            {
                Id = Guid.NewGuid(),
                Slug = $"mesure-de-test-{i:00}",
                Title = $"Mesure de test {i:00}",
                Summary = "Ajoutée par un test pour remplir plus d'une page.",
                Axis = axis,
                Intentions = [intention],
                UpdatedBy = "tests@occitanie.gouv.fr",
            });
        }
        await db.SaveChangesAsync();
    }
}
