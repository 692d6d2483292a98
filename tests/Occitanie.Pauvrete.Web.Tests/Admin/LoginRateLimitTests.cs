using System.Net;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>The login form takes ten tries a minute from one client address; other clients are not held back by it.</summary>
public sealed class LoginRateLimitTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_eleventh_try_in_a_minute_gets_the_too_many_tries_page()
    {
        using var browser = StaffBrowser.Anonymous(portal);
        var login = await browser.GetAsync("/admin/connexion");
        var form = login.Forms.Single(f => f.Action.EndsWith("/admin/connexion", StringComparison.Ordinal));
        StaffBrowser.Fill(form, new() { ["Email"] = "personne@occitanie.gouv.fr", ["Password"] = "pas-le-bon-mot-de-passe" });

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            using var allowed = await browser.SendAsync(form);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        using var throttled = await browser.SendAsync(form);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        var page = await PortalFactory.ParseAsync(throttled);
        Assert.Equal("Trop de tentatives", page.QuerySelector("h1")?.TextContent.Trim());
        using var colleague = await StaffBrowser.SignInAsync(portal);
        Assert.NotNull((await colleague.GetAsync("/admin")).QuerySelector("form[action='/admin/deconnexion']"));
    }
}
