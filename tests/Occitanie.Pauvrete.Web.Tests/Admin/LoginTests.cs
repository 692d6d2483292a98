using AngleSharp.Html.Dom;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

public sealed class LoginTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_administrator_signs_in_reaches_the_dashboard_and_signs_out()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);

        var dashboard = await browser.GetAsync("/admin");
        Assert.Equal("Tableau de bord", dashboard.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(PortalFactory.AdminEmail, dashboard.QuerySelector(".fr-header__tools")!.TextContent, StringComparison.Ordinal);

        var afterLogout = await browser.SubmitAsync(dashboard.Forms.Single(f => f.Action.EndsWith("/admin/deconnexion", StringComparison.Ordinal)));
        Assert.Equal("/admin/connexion", afterLogout.Location.PathName);
        Assert.Contains("Vous êtes déconnecté", afterLogout.QuerySelector(".fr-alert")?.TextContent, StringComparison.Ordinal);

        var again = await browser.GetAsync("/admin");
        Assert.Equal("/admin/connexion", again.Location.PathName);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_french_message_and_no_session()
    {
        using var browser = StaffBrowser.Anonymous(portal);

        var page = await browser.SignInWithAsync("personne@occitanie.gouv.fr", "pas-le-bon-mot-de-passe");

        Assert.Equal("/admin/connexion", page.Location.PathName);
        Assert.Equal(Occitanie.Pauvrete.Web.Areas.Admin.Features.Account.AccountController.RefusedMessage, page.QuerySelector(".fr-alert--error")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("form[action='/admin/deconnexion']"));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page_and_back_after_signing_in()
    {
        using var browser = StaffBrowser.Anonymous(portal);

        var page = await browser.GetAsync("/admin");

        Assert.Equal("/admin/connexion", page.Location.PathName);
        var form = page.Forms.Single(f => f.Action.EndsWith("/admin/connexion", StringComparison.Ordinal));
        Assert.Equal("/admin", ((IHtmlInputElement)form.Elements.Single(e => e.GetAttribute("name") == "Retour")).Value);
    }

    [Fact]
    public async Task Admin_pages_are_never_stored_by_a_browser_or_a_proxy()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);

        using var response = await browser.Http.GetAsync(new Uri("/admin/mesures", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
    }

    [Fact]
    public async Task The_admin_over_plain_http_is_sent_to_https()
    {
        using var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/admin/connexion", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://localhost/admin/connexion", response.Headers.Location?.ToString());
    }
}
