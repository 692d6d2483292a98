using System.Net;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>HEAD is answered like GET, without a body (link checkers and uptime monitors use it).</summary>
public sealed class HeadRequestTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/mesures/cantines-a-tarification-sociale", "text/html")]
    [InlineData("/mesures?q=cantine", "text/html")]
    [InlineData("/communiques/flux.xml", "application/atom+xml")]
    [InlineData("/css/portal.css", "text/css")]
    public async Task Head_gives_200_with_the_headers_of_get(string url, string mediaType)
    {
        using var client = _portal.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        using var get = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(mediaType, head.Content.Headers.ContentType?.MediaType);
        // The page a HEAD put in the cache is whole for the next GET.
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_of_a_missing_page_gives_404()
    {
        using var client = _portal.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/mesures/n-existe-pas"));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }
}
