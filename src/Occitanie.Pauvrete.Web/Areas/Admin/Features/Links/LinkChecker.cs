using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Links;

/// <summary>
/// One run of the link checker (issue 17, decision 0020): every external link of the content,
/// each distinct address asked once, a few sites at a time and one request at a time per site; the
/// results replace the previous run's, with the date.
/// </summary>
public sealed class LinkChecker(PortalDbContext db, ContentLinks content, IOptions<LinkCheckOptions> options, TimeProvider clock)
{
    /// <summary>A run neither finished nor this old is under way; older, its process stopped and another may start.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    /// <summary>The run under way, started by any instance; null when there is none.</summary>
    public async Task<LinkCheckRun?> RunningAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime - AbandonedAfter;
        return await db.LinkCheckRuns.AsNoTracking()
            .Where(r => r.FinishedAt == null && r.StartedAt > since)
            .OrderByDescending(r => r.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Records a new run; null when one is under way already, unless <paramref name="evenIfRunning"/>.</summary>
    public async Task<LinkCheckRun?> BeginAsync(string startedBy, CancellationToken cancellationToken, bool evenIfRunning = false)
    {
        if (!evenIfRunning && await RunningAsync(cancellationToken) is not null)
        {
            return null;
        }
        var run = new LinkCheckRun { Id = Guid.NewGuid(), StartedAt = clock.GetUtcNow().UtcDateTime, StartedBy = startedBy };
        db.LinkCheckRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>Checks every link, stores the results in place of the previous run's and marks the run finished; returns them.</summary>
    public async Task<IReadOnlyList<LinkCheckResult>> CheckAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.LinkCheckRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        var links = await content.AllAsync(cancellationToken);
        run.LinkCount = links.Count;
        await db.SaveChangesAsync(cancellationToken);

        var probed = new Dictionary<string, (ProbeResult Result, DateTime At)>(StringComparer.Ordinal);
        using (var probe = new LinkProbe(options.Value))
        {
            var hosts = links.Select(l => l.Url).DistinctBy(u => u.AbsoluteUri).GroupBy(u => u.Authority, StringComparer.OrdinalIgnoreCase);
            await Parallel.ForEachAsync(hosts, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxParallelHosts), CancellationToken = cancellationToken },
                async (host, token) =>
                {
                    foreach (var url in host)
                    {
                        var result = await probe.CheckAsync(url, token);
                        lock (probed)
                        {
                            probed[url.AbsoluteUri] = (result, clock.GetUtcNow().UtcDateTime);
                        }
                    }
                });
        }

        var results = links.Select(link =>
        {
            var (result, at) = probed[link.Url.AbsoluteUri];
            return new LinkCheckResult
            {
                Id = Guid.NewGuid(),
                RunId = run.Id,
                ItemType = link.Kind.EntityType.Name,
                ItemId = link.ItemId,
                ItemTitle = Bounded(link.ItemTitle, 500),
                Field = Bounded(link.Field, 200),
                Url = Bounded(link.Url.OriginalString, 2000),
                Outcome = result.Outcome,
                StatusCode = result.StatusCode,
                FinalUrl = result.FinalUrl is { } final ? Bounded(final.AbsoluteUri, 2000) : null,
                PermanentRedirect = result.PermanentRedirect,
                CheckedAt = at,
            };
        }).ToList();
        db.LinkCheckResults.RemoveRange(await db.LinkCheckResults.ToListAsync(cancellationToken));
        db.LinkCheckResults.AddRange(results);
        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        run.BrokenCount = results.Count(r => IsBroken(r.Outcome));
        run.RedirectedCount = results.Count(r => r.Outcome == LinkOutcome.Redirected);
        await db.SaveChangesAsync(cancellationToken);
        return results;
    }

    /// <summary>Whether the link needs fixing: anything but an answer, direct or redirected.</summary>
    public static bool IsBroken(LinkOutcome outcome) => outcome is not (LinkOutcome.Ok or LinkOutcome.Redirected);

    private static string Bounded(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
