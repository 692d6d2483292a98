using System.Net;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

public sealed class AntiforgeryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_login_post_without_its_token_is_refused_with_400()
    {
        using var browser = StaffBrowser.Anonymous(portal);
        await browser.GetAsync("/admin/connexion");

        using var response = await browser.Http.PostAsync(new Uri("/admin/connexion", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = PortalFactory.AdminEmail,
            ["Password"] = PortalFactory.AdminPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // The DSFR error page, in French: it used to be an empty answer, the error page itself refusing the POST without a token.
        Assert.Equal("Demande incorrecte", (await PortalFactory.ParseAsync(response)).QuerySelector("h1")?.TextContent.Trim());
        Assert.False(AccountSteps.IsSignedIn(await browser.GetAsync("/admin")));
    }

    [Fact]
    public async Task An_administrator_post_without_its_token_is_refused_with_400_and_changes_nothing()
    {
        using var administrator = await StaffBrowser.SignInAsync(portal);

        using var response = await administrator.Http.PostAsync(new Uri("/admin/comptes", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "sans.jeton@occitanie.gouv.fr",
            ["Role"] = "Administrateur",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var list = await administrator.GetAsync("/admin/comptes");
        Assert.DoesNotContain("sans.jeton@occitanie.gouv.fr", list.QuerySelector("#comptes")!.TextContent, StringComparison.Ordinal);
    }
}
