using System.Globalization;
using Microsoft.AspNetCore.StaticAssets;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Occitanie.Pauvrete.Web.Startup;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog for the host and request logging: a readable console in Development, compact JSON
    /// lines (one event per line, for a log collector) everywhere else. Levels come from the
    /// <c>Serilog</c> section of the configuration.
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        // Serilog writes the console itself; other providers (a test's log collector) still receive
        // every event. The static logger stays the bootstrap one (start-up failures): several hosts
        // may run in one process (the tests), and each gets its own logger.
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                logger.ReadFrom.Configuration(builder.Configuration)
                    .ReadFrom.Services(services)
                    .Enrich.FromLogContext();
                if (builder.Environment.IsDevelopment())
                {
                    logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}", formatProvider: CultureInfo.InvariantCulture);
                }
                else
                {
                    logger.WriteTo.Console(new RenderedCompactJsonFormatter());
                }
            },
            preserveStaticLogger: true,
            writeToProviders: true);
        return builder;
    }

    /// <summary>
    /// One event per request (method, path, status, time), written by the host's logger, so in
    /// compact JSON outside Development and at the configured levels. Static files that were
    /// served are not logged (Debug): fingerprinted, cached for a year by browsers, and a line
    /// each would cost more than serving them; a missing one (404) still is. Server errors are
    /// logged as errors.
    /// </summary>
    public static WebApplication UsePortalRequestLogging(this WebApplication app)
    {
        // Without it the middleware writes through the static, bootstrap logger (plain text, every level).
        var logger = app.Services.GetService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = logger;
            o.GetLevel = static (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
                : context.Response.StatusCode < StatusCodes.Status400BadRequest && context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });
        return app;
    }
}
