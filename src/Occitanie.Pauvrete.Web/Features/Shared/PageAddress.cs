using Microsoft.AspNetCore.Http.Extensions;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// Absolute addresses of the portal, from the request's scheme and host (the portal has no
/// configured public address: behind a TLS-terminating proxy, forwarded headers must give it).
/// </summary>
public static class PageAddress
{
    /// <summary>Lists whose query string chooses what they show: their canonical address keeps it.</summary>
    private static readonly string[] _listsWithQuery = ["/mesures", "/recherche", "/communiques"];

    /// <summary>Query keys that only say where a visitor came from (campaigns, ad clicks).</summary>
    private static readonly string[] _trackingKeys = ["fbclid", "gclid", "msclkid"];

    /// <summary>"https://host" (and the path base when the portal is not at the root).</summary>
    public static string Origin(HttpRequest request) =>
        $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";

    /// <summary>The absolute address of a path of the portal ("/mesures" → "https://host/mesures").</summary>
    public static string Absolute(HttpRequest request, string path) => Origin(request) + path;

    /// <summary>
    /// The one address search engines should keep for the requested page: its path in lower case
    /// (the portal's addresses are) without a trailing slash; the lists whose query string filters
    /// them keep it, with lower-case keys, minus empty and tracking parameters; every other page
    /// drops it. The output cache ignores the case of paths, so the address must not depend on it.
    /// </summary>
    public static string Canonical(HttpRequest request)
    {
        var path = (request.Path.Value ?? "/").ToLowerInvariant();
        if (path.Length > 1)
        {
            path = path.TrimEnd('/');
        }
        var canonical = Absolute(request, new PathString(path).ToUriComponent());
        if (!_listsWithQuery.Contains(path, StringComparer.Ordinal))
        {
            return canonical;
        }
        var query = new QueryBuilder();
        foreach (var (key, values) in request.Query)
        {
            if (key.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || _trackingKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            foreach (var value in values)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    query.Add(key.ToLowerInvariant(), value);
                }
            }
        }
        return canonical + query.ToQueryString();
    }
}
