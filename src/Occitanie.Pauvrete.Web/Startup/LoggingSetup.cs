using System.Globalization;
using Serilog;
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
}
