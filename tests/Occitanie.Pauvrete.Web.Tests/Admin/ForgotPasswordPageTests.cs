using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

public sealed class ForgotPasswordPageTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    [Fact]
    public async Task The_login_page_leads_to_a_page_that_says_an_administrator_gives_a_link()
    {
        using var browser = StaffBrowser.Anonymous(_portal);
        var login = await browser.GetAsync("/admin/connexion");
        var href = login.QuerySelector("a[href='/admin/mot-de-passe-oublie']")?.GetAttribute("href");
        Assert.NotNull(href);

        var page = await browser.GetAsync(href);

        Assert.Equal("/admin/mot-de-passe-oublie", page.Location.PathName);
        Assert.Equal("Mot de passe oublié", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("adressez-vous à un administrateur du portail", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Forms);
        Assert.DoesNotContain(PortalFactory.AdminEmail, page.Body!.TextContent, StringComparison.Ordinal);
    }
}
