using System.Net;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

public sealed class LoginCookieTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_login_cookie_is_secure_http_only_strict_and_only_for_the_admin_area()
    {
        using var browser = StaffBrowser.Anonymous(portal, followRedirects: false);
        var login = await browser.GetAsync("/admin/connexion");
        var form = login.Forms.Single(f => f.Action.EndsWith("/admin/connexion", StringComparison.Ordinal));
        StaffBrowser.Fill(form, new() { ["Email"] = PortalFactory.AdminEmail, ["Password"] = PortalFactory.AdminPassword });

        using var response = await browser.SendAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portail-admin=", StringComparison.Ordinal));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/admin", attributes);
    }
}
