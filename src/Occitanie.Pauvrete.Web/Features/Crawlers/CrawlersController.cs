using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Crawlers;

/// <summary>What search engines read before the pages: robots.txt and the sitemap it names.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class CrawlersController(SitemapQuery query) : Controller
{
    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken) =>
        File(SitemapXml.Write(await query.LoadAsync(cancellationToken), SiteAddress.Of(Request)), "application/xml; charset=utf-8");

    /// <summary>Everything may be crawled but the staff area, which is never indexed.</summary>
    [HttpGet("/robots.txt")]
    public IActionResult Robots() => Content(
        $"""
        User-agent: *
        Allow: /
        Disallow: /admin

        Sitemap: {SiteAddress.Of(Request).For("/sitemap.xml")}

        """,
        "text/plain; charset=utf-8");
}
