using System.Net;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>Every page type is a French DSFR page with one h1, a title, a description and (but the home page) a breadcrumb.</summary>
public sealed class PageBasicsTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    public static TheoryData<string> Pages =>
    [
        "/", "/je-souhaite/accompagner-les-jeunes", "/mesures", "/mesures?axe=autonomie-des-jeunes",
        "/mesures/points-conseil-budget", "/ateliers", "/ateliers/table-ronde-iii-contrats-locaux-de-sante",
        "/conferences", "/conferences/conferences-regionales-2019", "/axes", "/axes/prevention-et-sante",
        "/communiques", "/communiques/2019-06-17-conferences-regionales-point-d-etape", "/gouvernance",
        "/groupes-de-travail", "/recherche?q=jeunes", "/accessibilite", "/mentions-legales",
        "/donnees-personnelles", "/gestion-des-cookies", "/contact", "/plan-du-site",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_is_a_french_page_with_one_h1_a_title_and_a_breadcrumb(string url)
    {
        using var client = _portal.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.EndsWith("Lutte contre la pauvreté en Occitanie", page.Title, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), "meta description");
        Assert.NotNull(page.QuerySelector("header.fr-header #header-search-input"));
        Assert.NotNull(page.QuerySelector("footer.fr-footer"));
        Assert.NotNull(page.QuerySelector(".fr-skiplinks a[href='#content']"));
        if (url != "/")
        {
            Assert.NotNull(page.QuerySelector("nav.fr-breadcrumb [aria-current=page]"));
        }
    }

    [Theory]
    [InlineData("/je-souhaite/inconnue")]
    [InlineData("/mesures/inconnue")]
    [InlineData("/ateliers/inconnu")]
    [InlineData("/conferences/inconnue")]
    [InlineData("/axes/inconnu")]
    [InlineData("/communiques/inconnu")]
    public async Task An_unknown_slug_gives_the_dsfr_404(string url)
    {
        using var client = _portal.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page non trouvée", page.QuerySelector("h1")!.TextContent.Trim());
    }
}
