using System.Buffers;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Net.Http.Headers;
using Occitanie.Pauvrete.Web.Startup;

namespace Occitanie.Pauvrete.Web.Features.Statistics;

/// <summary>
/// What counts as a page read by a person (decision 0024, said on « Statistiques »): a GET (not a
/// HEAD) of a public page of the site (a controller's action outside the staff area) answered 200
/// with HTML — so no static file, no API, feed, sitemap or open data file, no error page — by a
/// browser: a request whose user agent is missing or names a robot, and a prefetch, are not counted.
/// </summary>
public static class CountingRule
{
    /// <summary>
    /// Words that robots, link previews, monitors, headless browsers and HTTP libraries put in their
    /// user agent, compared ignoring case. A browser's user agent holds none of them.
    /// </summary>
    public static readonly IReadOnlyList<string> RobotWords =
    [
        "bot", "crawl", "spider", "slurp", "archiver", "preview", "monitor", "headless", "lighthouse",
        "pingdom", "uptime", "facebookexternalhit", "embedly", "curl", "wget", "python", "java/",
        "go-http", "okhttp", "axios", "node-fetch", "libwww", "httpclient", "scrapy", "feedfetcher",
    ];

    private static readonly SearchValues<string> _robotWords = SearchValues.Create([.. RobotWords], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the request, before it is answered, may be a person reading a page: a GET from a browser, not a prefetch, outside the staff area.</summary>
    public static bool MayBeAReader(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) || request.IsStaffArea())
        {
            return false;
        }
        var headers = request.Headers;
        var userAgent = headers.UserAgent.ToString();
        if (userAgent.Length == 0 || userAgent.AsSpan().ContainsAny(_robotWords))
        {
            return false;
        }
        return !IsPrefetch(headers["Sec-Purpose"].ToString()) && !IsPrefetch(headers["Purpose"].ToString()) && !IsPrefetch(headers["X-Moz"].ToString());
    }

    /// <summary>Whether the answer is a public page: a 200 in HTML from a controller's action (so a route of the site, never an invented address: those are 404).</summary>
    public static bool IsAPage(HttpContext context) =>
        context.Response.StatusCode == StatusCodes.Status200OK
        && context.Response.ContentType is { } type && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
        && context.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>() is not null;

    private static bool IsPrefetch(string purpose) => purpose.Contains("prefetch", StringComparison.OrdinalIgnoreCase);
}
