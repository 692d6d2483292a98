using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;
using Occitanie.Pauvrete.Web.Features.Media;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Startup;

public static class WebSetup
{
    /// <summary>Configuration key of the Redis server (StackExchange.Redis syntax, « host:port ») holding the shared output cache; unset: each instance caches in memory.</summary>
    public const string RedisOutputCacheKey = "OutputCache:Redis";

    /// <summary>MVC with views found in feature folders (Features/{controller}/{view}.cshtml).</summary>
    public static WebApplicationBuilder AddPortalWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddControllersWithViews(o => o.Conventions.Add(new HeadLikeGetConvention()))
            .AddRazorOptions(o =>
            {
                o.ViewLocationFormats.Clear();
                o.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
                o.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
                o.AreaViewLocationFormats.Clear();
                o.AreaViewLocationFormats.Add("/Areas/{2}/Features/{1}/{0}.cshtml");
                o.AreaViewLocationFormats.Add("/Areas/{2}/Features/Shared/{0}.cshtml");
                o.AreaViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
            });
        // Every feature's query (a class named *Query under Features/) is a scoped service.
        foreach (var query in typeof(WebSetup).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }
            && t.Name.EndsWith("Query", StringComparison.Ordinal) && t.Namespace?.Contains(".Features.", StringComparison.Ordinal) == true))
        {
            builder.Services.AddScoped(query);
        }
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section)
            .Validate(o => o.MaxFileBytes > 0 && o.MaxRequestBytes > o.MaxFileBytes && o.MaxImagePixels > 0,
                "Media: MaxFileBytes and MaxImagePixels must be positive, and MaxRequestBytes larger than MaxFileBytes (so a file too large gets the portal's message).")
            .ValidateOnStart();
        builder.Services.AddOutputCache(PublicContentCache.AddPublicPolicy);
        // Several instances may share one output cache in Redis instead of one each in memory: a page
        // rendered by one is served by all, and a save's eviction empties it for all at once. Not
        // needed for coherence (the content stamp does that, ContentChangeWatcher); for large deployments.
        if (builder.Configuration[RedisOutputCacheKey] is { Length: > 0 } redis)
        {
            builder.Services.AddStackExchangeRedisOutputCache(o =>
            {
                o.Configuration = redis;
                o.InstanceName = "occitanie-pauvrete:";
            });
        }
        builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, PublicContentCache>();
        builder.Services.AddSingleton<ContentChangeWatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ContentChangeWatcher>());
        // Readers' reports (issue 17): the form, its per-client limit, and the erasure of e-mails after a year.
        builder.Services.AddScoped<Features.Reports.Reports>();
        builder.Services.AddSingleton<Features.Reports.ReportThrottle>();
        builder.Services.AddSingleton<Features.Reports.ReportRetention>();
        builder.Services.AddHostedService(services => services.GetRequiredService<Features.Reports.ReportRetention>());
        // Static assets from the build output in every environment, not only Development: without
        // it a non-Development run of a build (the tests, a staging check) answers the pre-compressed
        // variants with empty bodies. A published app has no such manifest and is unaffected.
        builder.WebHost.UseStaticWebAssets();
        // Pages and API answers in Brotli (gzip for older clients). Fastest level: a page is compressed
        // once, when it enters the output cache, but a never-seen search pays it on every request.
        builder.Services.AddResponseCompression(o =>
        {
            // Public pages carry no secret (no token, nothing personal), so compressing them over
            // HTTPS opens no BREACH-style leak; the admin, whose forms carry tokens, is not compressed.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/atom+xml", "text/csv"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        // French text as it is: the default encoder writes every "é" as "&#xE9;".
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        // First: every later step (HSTS, the security headers, addresses written in pages) sees the
        // visitor's scheme and host, not the proxy's.
        app.UseForwardedHeaders();
        // Before the error pages: one event per request, with its final status and its own path.
        app.UsePortalRequestLogging();
        app.UsePortalSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // No stack trace ever reaches a visitor: errors are logged and answered with a DSFR page.
            app.UseExceptionHandler("/erreur");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        // Static files: fingerprinted URLs cached for a year, pre-compressed at publish. Short-circuited:
        // served as soon as routing finds them, without the steps below (CORS, sign-in, authorization,
        // rate limiting, output cache, compression), none of which applies to them. The steps above
        // (forwarded headers, request log, security headers, error pages) still do.
        app.MapStaticAssets().ShortCircuit();
        app.UseRouting();
        app.UseRouteTemplateInRequestLog();
        // Answers at once without an Origin header; the policy is on the API and open data endpoints.
        app.UseCors();
        app.UsePortalAdmin();
        // Before the output cache: a page it serves is a page read.
        app.UsePortalStatistics();
        app.UseOutputCache();
        // After the output cache: the cache keeps the compressed page (one entry per Accept-Encoding)
        // and serves it without compressing it again.
        app.UseWhen(c => !c.Request.IsStaffArea(), a => a.UseResponseCompression());
        // Inside the compression and the cache: the page is set in French typography once, then compressed and kept.
        app.UseMiddleware<FrenchTypographyMiddleware>();
        app.MapHealthChecks("/health", new HealthCheckOptions { AllowCachingResponses = false });
        app.MapControllers().WithStaticAssets();
        return app;
    }
}
