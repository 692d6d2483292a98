using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Net.Http.Headers;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Search;
using Occitanie.Pauvrete.Web.Startup;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// Public pages are kept in the output cache under one tag; a save that changes content (staff, an
/// import) evicts them and marks the search index stale, so a change is visible at once on this
/// instance. The same save writes a new <see cref="ContentStamp"/>, by which the other instances'
/// <see cref="ContentChangeWatcher"/> learn of it within seconds. Saves that change no content
/// (a sign-in, a failed password, an account, a data-protection key) keep the cache: otherwise
/// anyone typing wrong passwords would empty it.
/// </summary>
public sealed class PublicContentCache(IOutputCacheStore cache, SearchIndex search, ContentChangeWatcher watcher) : SaveChangesInterceptor
{
    public const string Tag = "public-content";

    /// <summary>How long another instance may show a page older than the last change.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The same cap as the default (100 MB) would let never-seen searches, each a page of its own,
    /// grow the process by that much; every page of the site fits in a tenth of this.
    /// </summary>
    public const long SizeLimit = 32 * 1024 * 1024;

    /// <summary>The contexts whose running save changes content, with the stamp it writes; seen before the save and acted on after it.</summary>
    private readonly ConditionalWeakTable<DbContext, StrongBox<Guid>> _contentSaves = [];

    /// <summary>Every GET of the public site, except the staff area and the machines' endpoints.</summary>
    public static void AddPublicPolicy(OutputCacheOptions options)
    {
        options.SizeLimit = SizeLimit;
        options.AddBasePolicy(policy => policy
            .With(c => !c.HttpContext.Request.IsStaffArea()
                && !c.HttpContext.Request.Path.StartsWithSegments("/health"))
            .Tag(Tag)
            .AddPolicy<KnownQueryKeysPolicy>()
            // Pages are cached as sent, compressed or not (see WebSetup): one entry per encoding asked.
            .SetVaryByHeader(HeaderNames.AcceptEncoding)
            .Expire(Lifetime));
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteContentChanges(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteContentChanges(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (ContentSaved(eventData.Context) is { } stamp)
        {
            // Synchronous saves (rare: the async path is the rule) wait for the store, in memory or in Redis.
            cache.EvictByTagAsync(Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            search.MarkStale();
            watcher.Saw(stamp);
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (ContentSaved(eventData.Context) is { } stamp)
        {
            await cache.EvictByTagAsync(Tag, cancellationToken);
            search.MarkStale();
            watcher.Saw(stamp);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ContentSaved(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ContentSaved(eventData.Context);
        return Task.CompletedTask;
    }

    private void NoteContentChanges(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && ChangesContent(e.Metadata.ClrType)))
        {
            _contentSaves.AddOrUpdate(context, new StrongBox<Guid>(WriteStamp(context)));
        }
    }

    /// <summary>Makes the save rewrite the <see cref="ContentStamp"/> row with a new version, in the same transaction as the content.</summary>
    private static Guid WriteStamp(DbContext context)
    {
        var stamp = context.ChangeTracker.Entries<ContentStamp>().Select(e => e.Entity).FirstOrDefault()
            ?? context.Attach(new ContentStamp()).Entity;
        stamp.Version = Guid.NewGuid();
        stamp.ChangedAt = DateTime.UtcNow;
        context.Entry(stamp).State = EntityState.Modified;
        return stamp.Version;
    }

    /// <summary>The stamp the context's save wrote when it changed content, else null; forgets the save either way.</summary>
    private Guid? ContentSaved(DbContext? context) =>
        context is not null && _contentSaves.TryGetValue(context, out var stamp) && _contentSaves.Remove(context) ? stamp.Value : null;

    /// <summary>
    /// Anything but staff accounts, data-protection keys, revisions (a content change always
    /// saves the item too; an account change writes only a revision), the count of searches that
    /// found nothing, the statistics' counts (written every half-minute: evicting then would empty the cache all day), readers' reports, the link checker's results and the stamp itself. An unknown type counts as content:
    /// evicting too often is slower, never wrong.
    /// </summary>
    private static bool ChangesContent(Type type) =>
        type.Namespace != typeof(Microsoft.AspNetCore.Identity.IdentityUser).Namespace
        && type != typeof(DataProtectionKey)
        && type != typeof(Revision)
        && type != typeof(SearchMiss)
        && type != typeof(PageViewCount)
        && type != typeof(SearchCount)
        && type != typeof(CorrectionReport)
        && type != typeof(LinkCheckRun)
        && type != typeof(LinkCheckResult)
        && type != typeof(ContentStamp);
}
