using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

public sealed class AdminPagesNeedALoginTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/comptes")]
    [InlineData("/admin/recherche?q=mesure")]
    [InlineData("/admin/synonymes")]
    [InlineData("/admin/export")]
    [InlineData("/admin/export/contenus.zip")]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page(string url)
    {
        using var browser = StaffBrowser.Anonymous(_portal);

        var page = await browser.GetAsync(url);

        Assert.Equal("/admin/connexion", page.Location.PathName);
        Assert.Equal("Connexion à l'administration", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("#comptes"));
    }
}
