using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Occitanie.Pauvrete.Web.Data;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Links;

/// <summary>
/// Runs a link check in the background, so the admin's « Lancer la vérification » answers at once
/// (a check takes minutes: one request at a time per site, up to the timeout each); the page then
/// says it is under way until its results are in. With <see cref="LinkCheckOptions.Daily"/>, it also
/// starts one a day by itself. One check at a time: on this instance, and across instances through
/// the unfinished run in the database (<see cref="LinkChecker.RunningAsync"/>).
/// </summary>
public sealed partial class LinkCheckRunner(IServiceScopeFactory scopes, IOptions<LinkCheckOptions> options, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<LinkCheckRunner> logger) : BackgroundService
{
    /// <summary>Who a daily run is recorded as started by.</summary>
    public const string DailyAuthor = "vérification quotidienne";

    private readonly SemaphoreSlim _starting = new(1, 1);
    private Task _running = Task.CompletedTask;

    /// <summary>The check this instance runs, or a completed task (the tests wait for it).</summary>
    public Task Running => _running;

    /// <summary>Starts a check in the background; false when one is under way already (here or on another instance).</summary>
    public Task<bool> TryStartAsync(string startedBy, CancellationToken cancellationToken) =>
        StartCheckAsync(startedBy, isDue: null, cancellationToken);

    /// <summary>
    /// Starts a check unless one is under way or <paramref name="isDue"/> says it is not due. The
    /// test of whether it is due is made under the same lock as the start: made before it, it could
    /// see the run another caller had just recorded before <see cref="Running"/> was that run's task.
    /// </summary>
    private async Task<bool> StartCheckAsync(string startedBy, Func<PortalDbContext, Task<bool>>? isDue, CancellationToken cancellationToken)
    {
        await _starting.WaitAsync(cancellationToken);
        try
        {
            if (!_running.IsCompleted)
            {
                return false;
            }
            using var scope = scopes.CreateScope();
            if (isDue is not null && !await isDue(scope.ServiceProvider.GetRequiredService<PortalDbContext>()))
            {
                return false;
            }
            if (await scope.ServiceProvider.GetRequiredService<LinkChecker>().BeginAsync(startedBy, cancellationToken) is not { } run)
            {
                return false;
            }
            _running = Task.Run(() => CheckAsync(run.Id), CancellationToken.None);
            return true;
        }
        finally
        {
            _starting.Release();
        }
    }

    private async Task CheckAsync(Guid runId)
    {
        try
        {
            // A run is cut when it would be taken for abandoned, so two never overlap.
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
            limit.CancelAfter(LinkChecker.AbandonedAfter);
            using var scope = scopes.CreateScope();
            var results = await scope.ServiceProvider.GetRequiredService<LinkChecker>().CheckAsync(runId, limit.Token);
            var broken = results.Count(r => LinkChecker.IsBroken(r.Outcome));
            LogChecked(logger, results.Count, broken);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // The portal stops: the unfinished run counts as abandoned after LinkChecker.AbandonedAfter.
        }
        catch (Exception e)
        {
            LogFailed(logger, e);
            // Forget the failed run, so that staff may start another at once; the previous results stay.
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().LinkCheckRuns
                .Where(r => r.Id == runId && r.FinishedAt == null).ExecuteDeleteAsync(CancellationToken.None);
        }
    }

    /// <summary>Starts a check when none started in the last day (the daily run's test); false when it is not due or one is under way.</summary>
    public Task<bool> StartIfDueAsync(CancellationToken cancellationToken) =>
        StartCheckAsync(DailyAuthor, async db =>
        {
            var last = await db.LinkCheckRuns.MaxAsync(r => (DateTime?)r.StartedAt, cancellationToken);
            return last is null || clock.GetUtcNow().UtcDateTime - last >= TimeSpan.FromDays(1);
        }, cancellationToken);

    /// <summary>The daily check, when <see cref="LinkCheckOptions.Daily"/> is on: at start if the last run is a day old, then every hour the same test.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Daily)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        try
        {
            do
            {
                try
                {
                    await StartIfDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Tried again at the next tick; the portal keeps running.
                    LogFailed(logger, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        _starting.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Checked {Count} links of the content: {Broken} to fix")]
    private static partial void LogChecked(ILogger logger, int count, int broken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The link check failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
