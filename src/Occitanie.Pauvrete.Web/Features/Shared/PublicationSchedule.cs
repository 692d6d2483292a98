using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// Scheduled publication and « dépublier le … » (decision 0019): at its moment, a scheduled item's
/// status is changed by an ordinary save, so <see cref="EditableEntity.IsPublished"/> stays the one
/// rule of what the public sees, the save writes its revision and a new content stamp, and every
/// instance's cache and search follow as after any save (decision 0015).
/// <see cref="ContentChangeWatcher"/> calls it on each instance; the first to save wins, the others'
/// saves are refused by the item's version and change nothing.
/// </summary>
public static partial class PublicationSchedule
{
    /// <summary>The next moment something is to be published or unpublished; null when nothing is scheduled.</summary>
    public static Task<DateTime?> NextAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        ItemRows.Of(db)
            .Select(r => r.Status == PublicationStatus.Draft ? r.PublishAt : r.Status == PublicationStatus.Published ? r.UnpublishAt : null)
            .Where(at => at != null)
            .MinAsync(cancellationToken);

    /// <summary>Publishes the drafts and unpublishes the items whose moment came at <paramref name="now"/> (UTC); returns how many this call changed.</summary>
    public static async Task<int> ApplyDueAsync(PortalDbContext db, DateTime now, ILogger logger, CancellationToken cancellationToken)
    {
        var due = await ItemRows.Of(db)
            .Where(r => (r.Status == PublicationStatus.Draft && r.PublishAt != null && r.PublishAt <= now)
                || (r.Status == PublicationStatus.Published && r.UnpublishAt != null && r.UnpublishAt <= now))
            .Select(r => new { r.Kind, r.Id })
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var row in due)
        {
            var kind = ContentKinds.BySlug(row.Kind)!;
            db.ChangeTracker.Clear();
            if (await db.FindAsync(kind.EntityType, [row.Id], cancellationToken) is not EditableEntity item)
            {
                continue;
            }
            var publishing = item.Status == PublicationStatus.Draft && item.PublishAt <= now;
            var unpublishing = item.Status == PublicationStatus.Published && item.UnpublishAt <= now;
            if (!publishing && !unpublishing)
            {
                continue;
            }
            item.Status = publishing ? PublicationStatus.Published : PublicationStatus.Draft;
            item.UpdatedBy = AuthorOf(item.ScheduledBy);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                changed++;
                LogApplied(logger, kind.Slug, item.Key, item.Status);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance did it (or staff saved the item) in between: nothing left to do here.
            }
        }
        db.ChangeTracker.Clear();
        return changed;
    }

    /// <summary>The author the journal shows for a change made at its moment: whoever scheduled it.</summary>
    public static string AuthorOf(string? scheduledBy) =>
        scheduledBy is null ? "Programmation" : scheduledBy.Length <= 240 ? $"{scheduledBy} (programmé)" : scheduledBy;

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled change done: {Kind} '{Key}' is now {Status}")]
    private static partial void LogApplied(ILogger logger, string kind, string key, PublicationStatus status);
}
