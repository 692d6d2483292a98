using Microsoft.Extensions.Options;

namespace Occitanie.Pauvrete.Web.Features.Statistics;

/// <summary>Writes the counts of <see cref="PageViewCounter"/> to the database every <see cref="StatisticsOptions.FlushSeconds"/>, and once more when the portal stops.</summary>
public sealed class StatisticsFlusher(PageViewCounter counter, IOptions<StatisticsOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.FlushSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // The last counts of this instance, before it goes.
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await counter.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Logged by the counter, which keeps the counts: tried again at the next tick; the host keeps running.
        }
    }
}
