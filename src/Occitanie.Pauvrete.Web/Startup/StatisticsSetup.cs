using Microsoft.Extensions.Options;
using Occitanie.Pauvrete.Web.Features.Statistics;

namespace Occitanie.Pauvrete.Web.Startup;

public static class StatisticsSetup
{
    /// <summary>Public statistics without tracking (decision 0024): counts in memory, written in batches.</summary>
    public static WebApplicationBuilder AddPortalStatistics(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StatisticsOptions>().BindConfiguration(StatisticsOptions.Section)
            .Validate(o => o.FlushSeconds is > 0 and <= 3600, "Statistics:FlushSeconds must be between 0 and 3600 seconds.")
            .ValidateOnStart();
        builder.Services.AddSingleton<PageViewCounter>();
        builder.Services.AddHostedService<StatisticsFlusher>();
        return builder;
    }

    /// <summary>
    /// The counting, before the output cache so that pages served from it count too; nothing at all
    /// when <c>Statistics:Enabled</c> is false (the benchmark's comparison).
    /// </summary>
    public static WebApplication UsePortalStatistics(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<StatisticsOptions>>().Value.Enabled)
        {
            app.UseMiddleware<PageViewCounting>();
        }
        return app;
    }
}
