using System.IO.Compression;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// Static files under fingerprinted addresses a browser keeps for a year; pages and API answers
/// compressed for browsers that ask, the admin never (its forms carry tokens).
/// </summary>
public sealed class StaticAssetsAndCompressionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Pages_link_their_stylesheets_and_scripts_by_fingerprinted_addresses_cached_for_a_year()
    {
        var home = await portal.GetDocumentAsync("/");
        var assets = home.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(home.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
            .ToList();
        Assert.NotEmpty(assets);
        // A build (not a publish) answers no-cache unless told otherwise, for a developer editing the files.
        using var published = new PortalFactory { StaticFilesCachedAsPublished = true };
        using var client = published.CreateClient();

        foreach (var asset in assets)
        {
            // A content hash in the file name (portal.abc123.css), not a query string a proxy may drop.
            Assert.DoesNotContain("?", asset, StringComparison.Ordinal);
            using var response = await client.GetAsync(new Uri(asset, UriKind.Relative));
            response.EnsureSuccessStatusCode();
            var cacheControl = response.Headers.CacheControl;
            Assert.True(cacheControl?.MaxAge >= TimeSpan.FromDays(365), $"{asset}: Cache-Control {cacheControl}");
            Assert.Contains("immutable", cacheControl!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_static_file_is_not_copied_into_the_output_cache()
    {
        using var client = portal.CreateClient();

        using var first = await client.GetAsync(new Uri("/css/portal.css", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/css/portal.css", UriKind.Relative));

        first.EnsureSuccessStatusCode();
        Assert.False(second.Headers.Contains("Age"), "a static file should be served from disk, not from the output cache");
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_page_is_compressed_for_a_browser_that_asks_and_cached_compressed(string encoding)
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var first = await GetAsync(client, "/mesures", encoding);
        using var second = await GetAsync(client, "/mesures", encoding);

        foreach (var response in new[] { first, second })
        {
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            var page = await new HtmlParser().ParseDocumentAsync(await DecompressAsync(response, encoding));
            Assert.Equal("Les mesures de l'État", page.QuerySelector("h1")?.TextContent.Trim());
        }
        Assert.True(second.Headers.Contains("Age"), "the compressed page should come from the output cache the second time");
    }

    [Fact]
    public async Task A_client_that_asks_for_no_compression_gets_the_plain_page_even_after_a_compressed_one()
    {
        using var client = portal.CreateClient();
        using (await GetAsync(client, "/axes", "br"))
        {
        }

        using var plain = await client.GetAsync(new Uri("/axes", UriKind.Relative));

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var page = await PortalFactory.ParseAsync(plain);
        Assert.NotNull(page.QuerySelector("h1"));
    }

    [Fact]
    public async Task The_admin_is_never_compressed()
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var login = await GetAsync(client, "/admin/connexion", "br");

        login.EnsureSuccessStatusCode();
        Assert.Empty(login.Content.Headers.ContentEncoding);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return await client.SendAsync(request);
    }

    private static async Task<Stream> DecompressAsync(HttpResponseMessage response, string encoding)
    {
        var body = await response.Content.ReadAsStreamAsync();
        Stream decompressing = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        var plain = new MemoryStream();
        await decompressing.CopyToAsync(plain);
        await decompressing.DisposeAsync();
        plain.Position = 0;
        return plain;
    }
}
