using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Security;

/// <summary>
/// The portal on real Kestrel behind a TLS-terminating proxy on the same machine: it believes the
/// proxy's X-Forwarded-* headers, and Kestrel does not name itself.
/// </summary>
public sealed class BehindAProxyTests(BehindAProxyTests.ProxiedPortal portal) : IClassFixture<BehindAProxyTests.ProxiedPortal>
{
    [Fact]
    public async Task A_page_asked_through_the_proxy_over_https_has_an_https_canonical_address_and_hsts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/mesures");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", SecurityHeadersTests.PublicHost);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await portal.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal($"https://{SecurityHeadersTests.PublicHost}/mesures", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Kestrel_sends_no_server_header()
    {
        using var response = await portal.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public void The_configured_networks_are_trusted_on_top_of_loopback()
    {
        var options = portal.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;

        Assert.Contains(options.KnownIPNetworks, n => n.ToString() == "10.20.0.0/16");
        Assert.Contains(options.KnownIPNetworks, n => n.Contains(IPAddress.Loopback));
    }

    /// <summary>The portal on a free loopback port, trusting one more network as an operator would configure it.</summary>
    public sealed class ProxiedPortal : PortalFactory
    {
        private HttpClient? _client;

        public ProxiedPortal() => UseKestrel(0);

        public HttpClient Client => _client ??= NewClient();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ReverseProxy:KnownNetworks:0", "10.20.0.0/16");
        }

        private HttpClient NewClient()
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new HttpClient { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)) };
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _client?.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
