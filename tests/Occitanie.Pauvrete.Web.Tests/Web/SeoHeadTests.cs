using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// What search engines and social networks read in every page's head: a title and a description of
/// its own, one canonical address, Open Graph and Twitter card tags, and the press releases' feed.
/// </summary>
public sealed class SeoHeadTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    private const string SiteSuffix = " — Lutte contre la pauvreté en Occitanie";

    /// <summary>One page of every type, two of every item type (so that items differ from each other too).</summary>
    public static TheoryData<string> Pages =>
    [
        "/", "/je-souhaite/accompagner-les-jeunes", "/je-souhaite/assurer-un-repas-equilibre",
        "/mesures", "/mesures?axe=autonomie-des-jeunes", "/mesures/points-conseil-budget", "/mesures/cantines-a-tarification-sociale",
        "/ateliers", "/ateliers/table-ronde-iii-contrats-locaux-de-sante", "/ateliers/atelier-01-cantines-tarification-sociale-capendu",
        "/conferences", "/conferences/conferences-regionales-2019", "/conferences/conferences-regionales-2023",
        "/axes", "/axes/prevention-et-sante", "/axes/autonomie-des-jeunes",
        "/communiques", "/communiques/2019-06-17-conferences-regionales-point-d-etape", "/communiques/2024-05-24-bilan-2023-transition-pacte-des-solidarites",
        "/gouvernance", "/groupes-de-travail", "/recherche?q=jeunes", "/accessibilite", "/mentions-legales",
        "/donnees-personnelles", "/gestion-des-cookies", "/contact", "/plan-du-site",
    ];

    private static string? Meta(IHtmlDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private static string? MetaName(IHtmlDocument page, string name) =>
        page.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");

    private static string? Canonical(IHtmlDocument page) =>
        page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_tells_its_canonical_address_open_graph_twitter_card_and_feed(string url)
    {
        var page = await _portal.GetDocumentAsync(url);

        var canonical = Canonical(page);
        Assert.NotNull(canonical);
        Assert.True(Uri.TryCreate(canonical, UriKind.Absolute, out var canonicalUri), canonical);
        Assert.Equal("http://localhost", canonicalUri.GetLeftPart(UriPartial.Authority));
        Assert.Equal(url.Split('?')[0], canonicalUri.AbsolutePath);
        Assert.Single(page.QuerySelectorAll("link[rel=canonical]"));

        // As read: the page's typography puts no-break spaces before dashes and colons.
        var title = PortalReading.Spaces(page.Title!);
        Assert.EndsWith(SiteSuffix, title, StringComparison.Ordinal);
        Assert.Equal(title[..^SiteSuffix.Length], PortalReading.Spaces(Meta(page, "og:title")!));
        Assert.Equal(MetaName(page, "description"), Meta(page, "og:description"));
        Assert.Matches("^(website|article)$", Meta(page, "og:type"));
        Assert.Equal(canonical, Meta(page, "og:url"));
        Assert.Equal("fr_FR", Meta(page, "og:locale"));
        Assert.Equal("Lutte contre la pauvreté en Occitanie", Meta(page, "og:site_name"));
        Assert.Equal("http://localhost/lib/dsfr/favicon/android-chrome-512x512.png", Meta(page, "og:image"));

        Assert.Equal("summary", MetaName(page, "twitter:card"));
        Assert.Equal(Meta(page, "og:title"), MetaName(page, "twitter:title"));
        Assert.Equal(MetaName(page, "description"), MetaName(page, "twitter:description"));

        var feed = page.QuerySelector("head link[rel=alternate][type='application/atom+xml']");
        Assert.NotNull(feed);
        Assert.Equal("/communiques/flux.xml", feed.GetAttribute("href"));
        Assert.Equal("Communiqués de presse", feed.GetAttribute("title"));
    }

    [Fact]
    public async Task Every_page_type_has_a_title_and_a_description_of_its_own()
    {
        var pages = new List<(string Url, string Title, string Description)>();
        foreach (var url in Pages)
        {
            // The catalogue filtered by an axis is the catalogue: it shares its title and description.
            if (url.Contains('?', StringComparison.Ordinal) && url.StartsWith("/mesures", StringComparison.Ordinal))
            {
                continue;
            }
            var page = await _portal.GetDocumentAsync(url);
            pages.Add((url, page.Title![..^SiteSuffix.Length], MetaName(page, "description")!));
        }

        Assert.All(pages, p => Assert.NotEqual(p.Title, p.Description));
        Assert.Equal(pages.Count, pages.Select(p => p.Title).Distinct().Count());
        Assert.Equal(pages.Count, pages.Select(p => p.Description).Distinct().Count());
    }

    [Fact]
    public async Task Every_session_release_and_conference_is_described_by_more_than_its_title()
    {
        var urls = new List<string>();
        urls.AddRange(await _portal.ReadAsync(db => db.Workshops.Published().Select(w => "/ateliers/" + w.Slug).ToListAsync()));
        urls.AddRange(await _portal.ReadAsync(db => db.PressReleases.Published().Select(r => "/communiques/" + r.Slug).ToListAsync()));
        urls.AddRange(await _portal.ReadAsync(db => db.Conferences.Published().Select(c => "/conferences/" + c.Slug).ToListAsync()));
        Assert.Equal(23, urls.Count(u => u.StartsWith("/ateliers/", StringComparison.Ordinal)));

        var descriptions = new List<string>();
        foreach (var url in urls)
        {
            var page = await _portal.GetDocumentAsync(url);
            var description = MetaName(page, "description")!;
            var heading = PortalReading.Spaces(page.QuerySelector("h1")!.TextContent);
            Assert.False(description.Contains(heading, StringComparison.Ordinal), $"{url}: the description only repeats the title");
            descriptions.Add(description);
        }
        Assert.Equal(descriptions.Count, descriptions.Distinct().Count());
    }

    [Fact]
    public async Task A_session_is_described_by_its_place_and_the_start_of_its_text()
    {
        var page = await _portal.GetDocumentAsync("/ateliers/atelier-01-cantines-tarification-sociale-capendu");

        var description = MetaName(page, "description")!;
        Assert.StartsWith("Atelier n°1, Capendu, Aude — ", description, StringComparison.Ordinal);
        Assert.True(description.Length <= 220, description);
    }

    [Fact]
    public async Task A_release_is_an_article_published_on_its_date_and_described_by_its_lead()
    {
        const string Slug = "2024-05-24-bilan-2023-transition-pacte-des-solidarites";
        var release = await _portal.ReadAsync(db => db.PressReleases.SingleAsync(r => r.Slug == Slug));

        var page = await _portal.GetDocumentAsync("/communiques/" + Slug);
        var home = await _portal.GetDocumentAsync("/");

        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal(release.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Meta(page, "article:published_time"));
        Assert.Equal(release.Lead, MetaName(page, "description"));
        Assert.Equal("website", Meta(home, "og:type"));
        Assert.Null(Meta(home, "article:published_time"));
    }

    [Theory]
    [InlineData("/mesures?axe=autonomie-des-jeunes&utm_source=lettre&q=&fbclid=abc&page=2", "http://localhost/mesures?axe=autonomie-des-jeunes&page=2")]
    [InlineData("/Mesures/?porteur=CAF&utm_campaign=juin", "http://localhost/mesures?porteur=CAF")]
    [InlineData("/recherche?q=cr%C3%A8che&utm_medium=email", "http://localhost/recherche?q=cr%C3%A8che")]
    [InlineData("/communiques?utm_source=twitter", "http://localhost/communiques")]
    [InlineData("/ateliers?departement=11", "http://localhost/ateliers")]
    [InlineData("/mesures/points-conseil-budget?utm_source=lettre", "http://localhost/mesures/points-conseil-budget")]
    [InlineData("/?gclid=123", "http://localhost/")]
    public async Task The_canonical_address_keeps_the_filters_of_a_list_and_drops_tracking(string url, string expected)
    {
        var page = await _portal.GetDocumentAsync(url);

        Assert.Equal(expected, Canonical(page));
        Assert.Equal(expected, Meta(page, "og:url"));
    }

    [Fact]
    public async Task Absolute_addresses_follow_the_host_and_scheme_of_the_request()
    {
        using var client = _portal.CreateClient(new() { BaseAddress = new Uri("https://pauvrete.example.gouv.fr") });
        using var response = await client.GetAsync(new Uri("/axes", UriKind.Relative));
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal("https://pauvrete.example.gouv.fr/axes", Canonical(page));
        Assert.Equal("https://pauvrete.example.gouv.fr/lib/dsfr/favicon/android-chrome-512x512.png", Meta(page, "og:image"));
    }

    [Fact]
    public async Task The_sharing_image_is_served_by_the_portal()
    {
        var page = await _portal.GetDocumentAsync("/");
        using var client = _portal.CreateClient();

        using var image = await client.GetAsync(new Uri(Meta(page, "og:image")!, UriKind.Absolute));

        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_error_page_is_not_indexed_and_claims_no_canonical_address()
    {
        using var client = _portal.CreateClient();
        using var response = await client.GetAsync(new Uri("/mesures/inconnue", UriKind.Relative));
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("noindex", MetaName(page, "robots"));
        Assert.Null(Canonical(page));
        Assert.Null(Meta(page, "og:url"));
        Assert.Empty(page.QuerySelectorAll("script[type='application/ld+json']"));
    }

    [Fact]
    public async Task Public_pages_are_indexable()
    {
        var page = await _portal.GetDocumentAsync("/mesures/points-conseil-budget");

        Assert.Null(MetaName(page, "robots"));
    }
}
