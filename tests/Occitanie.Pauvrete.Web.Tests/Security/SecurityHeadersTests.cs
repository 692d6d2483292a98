using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Security;

/// <summary>
/// Every kind of response carries the headers the Mozilla Observatory scores, as a browser gets
/// them over HTTPS at the portal's public name (HSTS is never sent to localhost).
/// </summary>
public sealed class SecurityHeadersTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    public const string PublicHost = "portail.occitanie.example";

    public static TheoryData<string, HttpStatusCode, string> Responses => new()
    {
        { "/mesures", HttpStatusCode.OK, "strict-origin-when-cross-origin" },
        { "/css/portal.css", HttpStatusCode.OK, "strict-origin-when-cross-origin" },
        { "/page-qui-n-existe-pas", HttpStatusCode.NotFound, "strict-origin-when-cross-origin" },
        { "/api/mesures", HttpStatusCode.OK, "strict-origin-when-cross-origin" },
        { "/api/adresse-inconnue", HttpStatusCode.NotFound, "strict-origin-when-cross-origin" },
        { "/admin/connexion", HttpStatusCode.OK, "no-referrer" },
        { "/admin", HttpStatusCode.Redirect, "no-referrer" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task The_response_passes_the_observatory_header_checks(string url, HttpStatusCode status, string referrerPolicy)
    {
        using var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"https://{PublicHost}"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        // The Observatory's table, one line per test it scores.
        Assert.Equal("max-age=31536000; includeSubDomains", Header(response, "Strict-Transport-Security"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal(referrerPolicy, Header(response, "Referrer-Policy"));
        Assert.Equal("camera=(), microphone=(), geolocation=(), interest-cohort=()", Header(response, "Permissions-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.False(response.Headers.Contains("Server"));

        var csp = ContentSecurityPolicy.Parse(Header(response, "Content-Security-Policy"));
        Assert.Equal(["'self'"], csp["default-src"]);
        Assert.Equal(["'self'"], csp["script-src"]);
        Assert.Equal(["'self'"], csp["style-src"]);
        Assert.Equal(["'none'"], csp["object-src"]);
        Assert.Equal(["'self'"], csp["base-uri"]);
        Assert.Equal(["'self'"], csp["form-action"]);
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
        Assert.True(csp.ContainsKey("upgrade-insecure-requests"));
        Assert.DoesNotContain(csp.Values.SelectMany(v => v), v => v is "'unsafe-inline'" or "'unsafe-eval'" or "*" or "http:" or "https:");
    }

    [Fact]
    public async Task A_plain_http_page_is_not_told_to_upgrade_its_own_assets_nor_given_hsts()
    {
        using var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{PublicHost}") });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        var csp = ContentSecurityPolicy.Parse(Header(response, "Content-Security-Policy"));
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
        Assert.False(csp.ContainsKey("upgrade-insecure-requests"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage!.RequestUri} has no {name} header.");
}

/// <summary>A Content-Security-Policy header as its directives: name → source list.</summary>
internal static class ContentSecurityPolicy
{
    public static Dictionary<string, string[]> Parse(string header) =>
        header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0].ToLowerInvariant(), d => d[1..], StringComparer.Ordinal);
}
