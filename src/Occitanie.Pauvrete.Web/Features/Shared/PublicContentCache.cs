using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Occitanie.Pauvrete.Web.Features.Search;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// Public pages are kept in the output cache under one tag; any save to the database (staff, an
/// import) evicts them and marks the search index stale, so a change is visible at once on this
/// instance. Other instances see it when their cached pages expire.
/// </summary>
public sealed class PublicContentCache(IOutputCacheStore cache, SearchIndex search) : SaveChangesInterceptor
{
    public const string Tag = "public-content";

    /// <summary>How long another instance may show a page older than the last change.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Every GET of the public site, except the staff area and the machines' endpoints.</summary>
    public static void AddPublicPolicy(OutputCacheOptions options) =>
        options.AddBasePolicy(policy => policy
            .With(c => !c.HttpContext.Request.Path.StartsWithSegments("/admin")
                && !c.HttpContext.Request.Path.StartsWithSegments("/health"))
            .Tag(Tag)
            .Expire(Lifetime));

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result > 0)
        {
            // The in-memory store completes synchronously.
            cache.EvictByTagAsync(Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            search.MarkStale();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0)
        {
            await cache.EvictByTagAsync(Tag, cancellationToken);
            search.MarkStale();
        }
        return result;
    }
}
