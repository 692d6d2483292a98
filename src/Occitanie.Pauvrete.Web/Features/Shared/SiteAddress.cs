using Microsoft.AspNetCore.Http.Extensions;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// The portal's absolute addresses as the visitor reached it: the request's scheme, host and path
/// base (the portal has no configured public address; behind a TLS-terminating proxy, forwarded
/// headers must give them). The one place that writes the host: as <see cref="Uri"/> does, an
/// internationalised name in punycode and in lower case, the port kept unless it is the scheme's
/// default. A value rather than the request, so that queries can take it.
/// </summary>
public sealed record SiteAddress
{
    /// <summary>Lists whose query string chooses what they show: their canonical address keeps it.</summary>
    private static readonly string[] _listsWithQuery = [PublicPaths.Measures, PublicPaths.Search, PublicPaths.PressReleases];

    /// <summary>Query keys that only say where a visitor came from (campaigns, ad clicks).</summary>
    private static readonly string[] _trackingKeys = ["fbclid", "gclid", "msclkid"];

    private SiteAddress(Uri root)
    {
        Root = root;
        Origin = root.AbsoluteUri.TrimEnd('/');
    }

    /// <summary>"https://host/" or "https://host/base/": what a relative link resolves against.</summary>
    public Uri Root { get; }

    /// <summary>"https://host" (and the path base when the portal is not at the root), put before a path.</summary>
    public string Origin { get; }

    public static SiteAddress Of(HttpRequest request) =>
        new(new Uri($"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}/"));

    /// <summary>The absolute address of a path of the portal ("/communiques/x" → "https://host/communiques/x").</summary>
    public string For(string path) => Origin + path;

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
        var canonical = Of(request).For(new PathString(path).ToUriComponent());
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
