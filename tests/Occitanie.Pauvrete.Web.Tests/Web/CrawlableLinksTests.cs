using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// Every link of the public pages can be followed by a crawler (Lighthouse's SEO audit
/// crawlable-anchors): an &lt;a&gt; has an href, or is an ARIA link on purpose (role, as the DSFR's disabled
/// pagination links). The current page of a breadcrumb or of a pagination links to the page itself.
/// </summary>
public sealed class CrawlableLinksTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    public static TheoryData<string> Pages => [.. PageBasicsTests.Pages, "/mesures?page=2"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_link_has_an_href_or_a_role(string url)
    {
        var page = await _portal.GetDocumentAsync(url);

        var notCrawlable = page.QuerySelectorAll("a")
            .Where(a => string.IsNullOrWhiteSpace(a.GetAttribute("href")) && a.GetAttribute("role") is null && a.Id is null)
            .Select(a => a.OuterHtml)
            .ToList();

        Assert.Empty(notCrawlable);
    }

    [Fact]
    public async Task The_current_crumb_and_the_current_page_number_link_to_the_page_itself()
    {
        var page = await _portal.GetDocumentAsync("/mesures?page=2");

        Assert.Equal("/mesures?page=2", page.QuerySelector("nav.fr-breadcrumb a[aria-current=page]")!.GetAttribute("href"));
        var current = page.QuerySelector("nav.fr-pagination a[aria-current=page]")!;
        Assert.Equal("2", current.TextContent.Trim());
        Assert.Equal("/mesures?page=2", current.GetAttribute("href"));
    }
}
