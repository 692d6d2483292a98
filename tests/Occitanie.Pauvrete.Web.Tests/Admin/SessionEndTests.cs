using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// A session ends when its owner signs out, everywhere (a copy of its cookie is refused), and
/// 8 hours after its sign-in at the latest, however busy it was.
/// </summary>
public sealed class SessionEndTests
{
    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        using var portal = new PortalFactory();
        using var browser = StaffBrowser.Anonymous(portal, followRedirects: false);
        var login = await browser.GetAsync("/admin/connexion");
        var form = login.Forms.Single(f => f.Action.EndsWith("/admin/connexion", StringComparison.Ordinal));
        StaffBrowser.Fill(form, new() { ["Email"] = PortalFactory.AdminEmail, ["Password"] = PortalFactory.AdminPassword });
        string copy;
        using (var signedIn = await browser.SendAsync(form))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            copy = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portail-admin=", StringComparison.Ordinal)).Split(';')[0];
        }
        using var thief = CopyHolder(portal, copy);
        using (var before = await thief.GetAsync(new Uri("/admin", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var dashboard = await browser.GetAsync("/admin");
        using var signedOut = await browser.SendAsync(dashboard.Forms.Single(f => f.Action.EndsWith("/admin/deconnexion", StringComparison.Ordinal)));
        using var after = await thief.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/admin/connexion", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_ends_eight_hours_after_its_sign_in_however_often_it_is_used()
    {
        var clock = new MovableClock();
        using var portal = new PortalFactory { Clock = clock };
        using var browser = await StaffBrowser.SignInAsync(portal);

        foreach (var hours in new[] { 2, 2, 2, 1.9 })
        {
            clock.Advance(TimeSpan.FromHours(hours));
            Assert.True(AccountSteps.IsSignedIn(await browser.GetAsync("/admin")), $"still signed in after {hours} more hours");
        }
        clock.Advance(TimeSpan.FromHours(0.2));
        var expired = await browser.GetAsync("/admin");

        Assert.False(AccountSteps.IsSignedIn(expired));
        Assert.NotNull(expired.QuerySelector("form[action$='/admin/connexion']"));
    }

    private static HttpClient CopyHolder(PortalFactory portal, string cookie)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, TestClientAddress.Next());
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
