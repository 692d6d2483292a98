using Microsoft.AspNetCore.Http;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// Every absolute address of the portal (canonical links, sitemap, feed, API, open data) writes
/// the host one way: as a browser's address bar would send it back.
/// </summary>
public sealed class SiteAddressTests
{
    [Theory]
    [InlineData("https", "portail.occitanie.example", "", "https://portail.occitanie.example")]
    [InlineData("https", "Portail.Occitanie.Example", "", "https://portail.occitanie.example")]
    [InlineData("https", "bücher.example:8443", "/portail", "https://xn--bcher-kva.example:8443/portail")]
    [InlineData("http", "localhost:5080", "", "http://localhost:5080")]
    [InlineData("https", "portail.occitanie.example:443", "", "https://portail.occitanie.example")]
    public void The_origin_has_the_host_in_punycode_and_lower_case_with_its_port_unless_the_default(string scheme, string host, string pathBase, string expected)
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = scheme;
        request.Host = new HostString(host);
        request.PathBase = new PathString(pathBase);

        var site = SiteAddress.Of(request);

        Assert.Equal(expected, site.Origin);
        Assert.Equal(expected + "/mesures/cantines", site.For("/mesures/cantines"));
    }
}
