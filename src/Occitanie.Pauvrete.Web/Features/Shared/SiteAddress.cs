namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// Absolute addresses of the portal as the visitor reached it (scheme, host and path base of the
/// request, as <see cref="PageAddress.Origin"/> reads it), for what leaves the page: permalinks to
/// share, feeds, a reader's subscriptions. A value rather than the request, so queries can take it.
/// </summary>
public sealed record SiteAddress(Uri Root)
{
    public static SiteAddress Of(HttpRequest request) => new(new Uri(PageAddress.Origin(request) + "/"));

    /// <summary>The absolute address of a path of the portal ("/communiques/x" → "https://host/communiques/x").</summary>
    public Uri For(string path) => new(Root, path.TrimStart('/'));
}
