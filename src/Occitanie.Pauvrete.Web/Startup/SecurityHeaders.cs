using IPNetwork = System.Net.IPNetwork;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Occitanie.Pauvrete.Web.Startup;

/// <summary>
/// The browser-side protections every response carries (pages, static files, error pages, the API,
/// the admin area), the HSTS policy, no Server header, and the reverse proxy the portal trusts.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Everything from the portal itself, nothing inline: the layouts have no inline script or style
    /// (the JSON-LD block is data, which CSP does not govern) and the DSFR sets styles through the
    /// CSSOM, which style-src does not restrict.
    /// </summary>
    private const string Sources =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>No page may be framed…</summary>
    public const string ContentSecurityPolicy = Sources + "; frame-ancestors 'none'";

    /// <summary>
    /// …but the block that communes show on their own site (<see cref="EmbeddableAttribute"/>): any
    /// site may frame it, and it carries no X-Frame-Options (decision 0023).
    /// </summary>
    public const string EmbeddableContentSecurityPolicy = Sources + "; frame-ancestors *";

    /// <summary>
    /// Added on HTTPS responses only: on a plain HTTP page (a local run, docker compose on :8080)
    /// it would rewrite the page's own stylesheets and scripts to an https address nobody answers.
    /// </summary>
    public const string UpgradeInsecureRequests = "; upgrade-insecure-requests";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), interest-cohort=()";

    /// <summary>The public site's referrer policy; the admin area sends none (its addresses name unpublished items).</summary>
    public const string PublicReferrerPolicy = "strict-origin-when-cross-origin";

    public const string AdminReferrerPolicy = "no-referrer";

    /// <summary>HSTS for a year, subdomains included; no Server header; the trusted proxies.</summary>
    public static WebApplicationBuilder AddPortalSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

        builder.Services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.Section)
            .Validate(o => o.KnownNetworks.All(n => IPNetwork.TryParse(n, out _)), "ReverseProxy:KnownNetworks holds a value that is not a network in CIDR notation (10.0.0.0/8, fd00::/8).")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((o, proxy) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // The defaults (127.0.0.0/8 and ::1) stay: a proxy on the same machine is always trusted.
            foreach (var network in proxy.Value.KnownNetworks)
            {
                o.KnownIPNetworks.Add(IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>
    /// Sets the headers when the response starts, so that they survive the exception handler (which
    /// clears the headers) and reach re-executed error pages and static files alike.
    /// </summary>
    public static WebApplication UsePortalSecurityHeaders(this WebApplication app)
    {
        // Static: no closure and no string built per request.
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(SetHeaders, context);
            return next(context);
        });
        return app;
    }

    private static readonly StringValues Csp = ContentSecurityPolicy;
    private static readonly StringValues CspOverHttps = ContentSecurityPolicy + UpgradeInsecureRequests;
    private static readonly StringValues EmbeddableCsp = EmbeddableContentSecurityPolicy;
    private static readonly StringValues EmbeddableCspOverHttps = EmbeddableContentSecurityPolicy + UpgradeInsecureRequests;
    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues Deny = "DENY";
    private static readonly StringValues PublicReferrer = PublicReferrerPolicy;
    private static readonly StringValues AdminReferrer = AdminReferrerPolicy;
    private static readonly StringValues NoStore = "no-store";
    private static readonly StringValues Permissions = PermissionsPolicy;
    private static readonly StringValues SameOrigin = "same-origin";

    private static Task SetHeaders(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        // The endpoint chosen by routing says whether the answer may be framed: a look-up in its
        // metadata's cache, nothing built per request. Static files and error pages have no such mark.
        if (context.GetEndpoint()?.Metadata.GetMetadata<EmbeddableAttribute>() is null)
        {
            headers.ContentSecurityPolicy = context.Request.IsHttps ? CspOverHttps : Csp;
            headers.XFrameOptions = Deny;
        }
        else
        {
            headers.ContentSecurityPolicy = context.Request.IsHttps ? EmbeddableCspOverHttps : EmbeddableCsp;
        }
        headers.XContentTypeOptions = NoSniff;
        var isStaffArea = context.Request.IsStaffArea();
        headers["Referrer-Policy"] = isStaffArea ? AdminReferrer : PublicReferrer;
        if (isStaffArea)
        {
            // Staff pages hold unpublished text, personal data and one-time links: no browser or proxy keeps a copy.
            headers.CacheControl = NoStore;
        }
        headers["Permissions-Policy"] = Permissions;
        headers["Cross-Origin-Opener-Policy"] = SameOrigin;
        return Task.CompletedTask;
    }
}

/// <summary>
/// Marks an action whose answer any site may show in a frame (<see cref="SecurityHeaders.EmbeddableContentSecurityPolicy"/>):
/// the embeddable block only. Every other address keeps frame-ancestors 'none' and X-Frame-Options: DENY.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, Inherited = false)]
public sealed class EmbeddableAttribute : Attribute;

/// <summary>The reverse proxy in front of the portal (section "ReverseProxy").</summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>
    /// Networks (CIDR) whose X-Forwarded-For/-Proto/-Host headers are believed, on top of loopback.
    /// Empty by default: only a proxy on the same machine is trusted.
    /// </summary>
    public IList<string> KnownNetworks { get; init; } = [];
}
