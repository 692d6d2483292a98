using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;

namespace Occitanie.Pauvrete.Web.Startup;

public static class LoggingSetup
{
    private const string ReadableTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

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
            (services, logger) => WriteToConsole(
                logger.ReadFrom.Configuration(builder.Configuration)
                    .ReadFrom.Services(services)
                    .Enrich.FromLogContext(),
                builder.Environment.IsDevelopment()),
            preserveStaticLogger: true,
            writeToProviders: true);
        return builder;
    }

    /// <summary>
    /// One event per request worth an operator's attention (<c>HTTP GET /mesures/x responded 404 in
    /// 3.1 ms</c>) through the host's configured pipeline, not the static start-up logger that
    /// <c>UseSerilogRequestLogging</c> takes by default. It carries the method, the path escaped as
    /// in an address (<c>%0D%0A</c>, <c>%1B</c>: no control character), the status, the duration,
    /// the route template (<see cref="UseRouteTemplateInRequestLog"/>) and the trace id (<c>@tr</c>),
    /// never the query string (a password link's token, what a visitor searched).
    /// Levels (decision 0014, measured by <c>bench/run.sh</c>): Error for a 5xx or an exception;
    /// Information for a 4xx and for every request to the staff area; Debug, so not written by
    /// default, for a public request answered 2xx or 3xx — an event each cost the output-cached pages
    /// 30–48 % of their throughput, and the TLS proxy's access log has them. One override
    /// (<c>Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware: Debug</c>)
    /// writes them all.
    /// </summary>
    public static WebApplication UsePortalRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = logger;
            o.GetLevel = static (context, _, exception) => RequestLevel(context, exception);
            o.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue((context.Request.PathBase + context.Request.Path).ToUriComponent())),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });
        return app;
    }

    internal static LogEventLevel RequestLevel(HttpContext context, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : context.Response.StatusCode >= StatusCodes.Status400BadRequest || context.Request.IsStaffArea() ? LogEventLevel.Information
        : LogEventLevel.Debug;

    /// <summary>
    /// Adds the route template of the endpoint that answers (<c>/mesures/{slug}</c>) to the request's
    /// event, so that an operator can group requests by page type. Only on the request's own pass:
    /// an error page's re-execution (404, 500) keeps the template of what was asked.
    /// </summary>
    public static WebApplication UseRouteTemplateInRequestLog(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is RouteEndpoint endpoint
                && context.Features.Get<IStatusCodeReExecuteFeature>() is null
                && context.Features.Get<IExceptionHandlerFeature>() is null)
            {
                context.RequestServices.GetRequiredService<IDiagnosticContext>().Set("RouteTemplate", "/" + endpoint.RoutePattern.RawText?.TrimStart('/'));
            }
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// The logger of start-up itself, before the host has its own, and of a failure to build it:
    /// the same console format as the host's, so that in production every line the portal writes
    /// is one JSON object. The environment is read as the host will read it, from
    /// <c>ASPNETCORE_ENVIRONMENT</c> or <c>DOTNET_ENVIRONMENT</c> (unset: Production).
    /// </summary>
    public static Serilog.Core.Logger CreateBootstrapLogger()
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT");
        return WriteToConsole(new LoggerConfiguration(), string.Equals(environment, Environments.Development, StringComparison.OrdinalIgnoreCase))
            .CreateLogger();
    }

    private static LoggerConfiguration WriteToConsole(LoggerConfiguration logger, bool development) => development
        ? logger.WriteTo.Console(outputTemplate: ReadableTemplate, formatProvider: CultureInfo.InvariantCulture)
        : logger.WriteTo.Console(new EscapedJsonFormatter());

    /// <summary>
    /// Compact JSON, one event a line, in which no character can act on a terminal or a log viewer.
    /// JSON escapes the controls below U+0020 (a request path's <c>\r\n</c> or ESC) already; this
    /// also escapes DEL and the C1 controls (U+009B starts an escape sequence on some terminals) and
    /// the line and paragraph separators (U+2028, U+2029: a new line in some viewers). They can only
    /// be inside a JSON string, where <c>\uXXXX</c> is the same character.
    /// </summary>
    internal sealed class EscapedJsonFormatter : ITextFormatter
    {
        private static readonly SearchValues<char> _unsafe = SearchValues.Create("\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F\u2028\u2029");

        private readonly RenderedCompactJsonFormatter _json = new();

        public void Format(LogEvent logEvent, TextWriter output)
        {
            using var buffer = new StringWriter(CultureInfo.InvariantCulture);
            _json.Format(logEvent, buffer);
            var text = buffer.ToString().AsSpan();
            for (var at = text.IndexOfAny(_unsafe); at >= 0; at = text.IndexOfAny(_unsafe))
            {
                output.Write(text[..at]);
                output.Write("\\u");
                output.Write(((int)text[at]).ToString("x4", CultureInfo.InvariantCulture));
                text = text[(at + 1)..];
            }
            output.Write(text);
        }
    }
}
