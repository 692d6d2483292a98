using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Statistics;

/// <summary>« Statistiques »: what the portal counted, without cookie nor anything about its readers (decision 0024).</summary>
public sealed class StatisticsController(StatisticsQuery query) : Controller
{
    /// <summary>How long the page stays in the output cache: the counts of the other instances show within it.</summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);

    [HttpGet(PublicPaths.Statistics)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // A minute, not the public pages' ten, under a tag of its own that this instance evicts when it
        // writes its counts. Set here rather than by [OutputCache], whose policy would key the page
        // by every query parameter again (KnownQueryKeysPolicy).
        if (HttpContext.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.ResponseExpirationTimeSpan = CacheLifetime;
            cache.Context.Tags.Add(PageViewCounter.CacheTag);
        }
        return View(await query.LoadAsync(cancellationToken));
    }
}
