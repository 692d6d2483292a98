using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Statistics;

/// <summary>
/// Counts page views per page and day, and searches per day, in memory — an increment on a counter
/// found without a lock, nothing allocated once a page was seen that day — and adds them to the
/// database in one batch every few seconds (<see cref="StatisticsFlusher"/>) and at shutdown. Each
/// instance adds its own counts to the same rows (an update that adds, an insert when the row is
/// missing), so several instances count together. Nothing about the reader is kept (decision 0024).
/// </summary>
public sealed partial class PageViewCounter(IServiceScopeFactory scopes, IOutputCacheStore cache, TimeProvider clock, ILogger<PageViewCounter> logger) : IDisposable
{
    /// <summary>The tag of « Statistiques » in the output cache: a flush that wrote counts evicts it.</summary>
    public const string CacheTag = "statistiques";

    private readonly ConcurrentDictionary<(DateOnly Day, string Path), Counter> _views = new();
    private readonly ConcurrentDictionary<DateOnly, Counter> _searches = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);

    /// <summary>A number many requests add to at once (a class, so the dictionary hands out the same one to all).</summary>
    private sealed class Counter
    {
        public long Value;
    }

    /// <summary>Counts a view of the page at <paramref name="path"/> (its route matched and answered: a bounded set), and a search when it was one.</summary>
    public void CountView(string path, bool search)
    {
        // Lower case and without a final slash, as the site's addresses are: /Mesures/ is /mesures.
        // Neither allocates when the path is already so (ToLowerInvariant returns the same string).
        path = path.Length > 1 ? path.TrimEnd('/').ToLowerInvariant() : "/";
        if (path.Length > PageViewCount.MaxPathLength)
        {
            return;
        }
        var day = Today;
        var key = (day, path);
        if (!_views.TryGetValue(key, out var views))
        {
            views = _views.GetOrAdd(key, static _ => new Counter());
        }
        Interlocked.Increment(ref views.Value);
        if (search)
        {
            if (!_searches.TryGetValue(day, out var searches))
            {
                searches = _searches.GetOrAdd(day, static _ => new Counter());
            }
            Interlocked.Increment(ref searches.Value);
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(ParisTime.FromUtc(clock.GetUtcNow().UtcDateTime));

    /// <summary>
    /// Adds the counts made since the last flush to the database, in one transaction, and forgets
    /// them; on a failure they are kept for the next flush. Returns how many rows it added to.
    /// </summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(cancellationToken);
        try
        {
            var today = Today;
            var views = Take(_views, k => k.Day, today);
            var searches = Take(_searches, d => d, today);
            if (views.Count == 0 && searches.Count == 0)
            {
                return 0;
            }
            try
            {
                await WriteAsync(views, searches, cancellationToken);
            }
            catch (Exception e)
            {
                // Kept for the next flush: a database briefly out of reach loses no count.
                foreach (var (key, count) in views)
                {
                    Interlocked.Add(ref _views.GetOrAdd(key, static _ => new Counter()).Value, count);
                }
                foreach (var (day, count) in searches)
                {
                    Interlocked.Add(ref _searches.GetOrAdd(day, static _ => new Counter()).Value, count);
                }
                LogFlushFailed(logger, e, views.Count + searches.Count);
                throw;
            }
            // This instance shows the new counts at once; the others within the page's short lifetime.
            await cache.EvictByTagAsync(CacheTag, cancellationToken);
            return views.Count + searches.Count;
        }
        finally
        {
            _flushing.Release();
        }
    }

    /// <summary>
    /// The counts not yet written, each set back to zero; counters of a past day are removed, so the
    /// dictionary holds about one day of pages. (A view counted on a past day's counter between its
    /// two reads below, at midnight, may be lost: one view, once a day, at most.)
    /// </summary>
    private static List<(TKey Key, int Count)> Take<TKey>(ConcurrentDictionary<TKey, Counter> counters, Func<TKey, DateOnly> dayOf, DateOnly today)
        where TKey : notnull
    {
        var taken = new List<(TKey, int)>();
        foreach (var (key, counter) in counters)
        {
            var count = Interlocked.Exchange(ref counter.Value, 0);
            if (dayOf(key) < today && counters.TryRemove(key, out _))
            {
                count += Interlocked.Exchange(ref counter.Value, 0);
            }
            if (count > 0)
            {
                taken.Add((key, (int)Math.Min(count, int.MaxValue)));
            }
        }
        return taken;
    }

    private async Task WriteAsync(List<((DateOnly Day, string Path) Key, int Count)> views, List<(DateOnly Day, int Count)> searches, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        // SQL Server's retrying strategy only allows a transaction of our own inside it; one
        // transaction, so a batch is added whole or not at all (and SQLite writes its file once).
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var ((day, path), count) in views)
            {
                await AddAsync(
                    db,
                    () => db.PageViewCounts.Where(c => c.Day == day && c.Path == path).ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + count), cancellationToken),
                    () => db.PageViewCounts.Add(new PageViewCount { Day = day, Path = path, Count = count }),
                    cancellationToken);
            }
            foreach (var (day, count) in searches)
            {
                await AddAsync(
                    db,
                    () => db.SearchCounts.Where(c => c.Day == day).ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + count), cancellationToken),
                    () => db.SearchCounts.Add(new SearchCount { Day = day, Count = count }),
                    cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>Adds to the row if it exists, else inserts it; when another instance inserted it in between (the unique index says so), adds to theirs.</summary>
    private static async Task AddAsync(PortalDbContext db, Func<Task<int>> addToRow, Action insertRow, CancellationToken cancellationToken)
    {
        if (await addToRow() > 0)
        {
            return;
        }
        insertRow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await addToRow() == 0)
            {
                throw;
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public void Dispose() => _flushing.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The statistics could not be written ({Rows} counts kept for the next try)")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, int rows);
}
