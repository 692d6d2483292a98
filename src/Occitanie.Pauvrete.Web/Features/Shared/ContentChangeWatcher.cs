using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Search;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// Makes a save on any instance reach this one: every few seconds it reads the database's
/// <see cref="ContentStamp"/> (one row, one small query) and, when another instance wrote a new one,
/// evicts this instance's cached public pages and marks its search index stale, as
/// <see cref="PublicContentCache"/> does at once for the instance that saved. Through the database,
/// so it works on SQLite and SQL Server alike and needs no other server. It also carries out the
/// scheduled publications (<see cref="PublicationSchedule"/>): it knows the next scheduled moment
/// (read again after every change) and, once <see cref="TimeProvider"/> passes it, saves the due
/// items, which writes a new stamp that every instance reads at its next tick.
/// </summary>
public sealed partial class ContentChangeWatcher(
    IServiceScopeFactory scopes,
    IOutputCacheStore cache,
    SearchIndex search,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<ContentChangeWatcher> logger) : BackgroundService
{
    /// <summary>Configuration key of the seconds between two reads of the stamp (2 by default).</summary>
    public const string IntervalKey = "Content:ChangeCheckSeconds";

    private readonly Lock _lock = new();
    private Guid? _known;

    /// <summary>The next scheduled publication or unpublication, as last read; null when nothing is scheduled.</summary>
    private DateTime? _nextScheduled;

    /// <summary>Whether <see cref="_nextScheduled"/> must be read again: at start, and after any change of content.</summary>
    private bool _scheduleUnknown = true;

    /// <summary>The stamp this instance wrote in its own save: its cache already reflects it.</summary>
    public void Saw(Guid version)
    {
        lock (_lock)
        {
            _known = version;
            _scheduleUnknown = true;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue(IntervalKey, 2.0);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(seconds, 0.1)));
        try
        {
            do
            {
                try
                {
                    await CheckAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A database briefly out of reach is tried again at the next tick; the host keeps running.
                    LogCheckFailed(logger, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Reads the stamp; evicts and marks the index stale when it changed since the last read. Then
    /// publishes and unpublishes what was scheduled for now or before.
    /// </summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var current = await db.ContentStamps.AsNoTracking().Select(s => s.Version).SingleAsync(cancellationToken);

        Guid? known;
        bool scheduleUnknown;
        lock (_lock)
        {
            known = _known;
            _known = current;
            _scheduleUnknown |= known != current;
            scheduleUnknown = _scheduleUnknown;
            _scheduleUnknown = false;
        }
        if (known is not null && known != current)
        {
            await cache.EvictByTagAsync(PublicContentCache.Tag, cancellationToken);
            search.MarkStale();
            LogChangedElsewhere(logger);
        }

        if (scheduleUnknown)
        {
            _nextScheduled = await PublicationSchedule.NextAsync(db, cancellationToken);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (_nextScheduled is { } next && next <= now)
        {
            // Each due item's save evicts this instance's cache and tells the others through the stamp.
            await PublicationSchedule.ApplyDueAsync(db, now, logger, cancellationToken);
            _nextScheduled = await PublicationSchedule.NextAsync(db, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content changed on another instance: cached pages evicted, search index to rebuild")]
    private static partial void LogChangedElsewhere(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the content stamp; trying again at the next tick")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
