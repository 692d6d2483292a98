using Microsoft.AspNetCore.Http.Extensions;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// Absolute addresses of the portal as the visitor reached it (scheme, host and path base of the
/// request), for what leaves the page: permalinks to share, feeds, a reader's subscriptions.
/// </summary>
public sealed record SiteAddress(Uri Root)
{
    public static SiteAddress Of(HttpRequest request) =>
        new(new Uri(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, "/")));

    /// <summary>The absolute address of a path of the portal ("/communiques/x" → "https://host/communiques/x").</summary>
    public Uri For(string path) => new(Root, path.TrimStart('/'));
}
