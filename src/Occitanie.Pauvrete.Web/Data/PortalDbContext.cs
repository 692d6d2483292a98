using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Data;

/// <summary>
/// The portal's database: content, revisions and Identity. Abstract because each provider has its
/// own subclass holding its own migrations (<see cref="SqlitePortalDbContext"/>,
/// <see cref="SqlServerPortalDbContext"/>); the app resolves this type. It also keeps the
/// data-protection keys, so every instance reads the cookies and tokens the others wrote.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<Axis> Axes => Set<Axis>();

    public DbSet<Intention> Intentions => Set<Intention>();

    public DbSet<Measure> Measures => Set<Measure>();

    public DbSet<Workshop> Workshops => Set<Workshop>();

    public DbSet<Conference> Conferences => Set<Conference>();

    public DbSet<PressRelease> PressReleases => Set<PressRelease>();

    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();

    public DbSet<Page> Pages => Set<Page>();

    public DbSet<Departement> Departements => Set<Departement>();

    public DbSet<Metropole> Metropoles => Set<Metropole>();

    public DbSet<LocalContact> LocalContacts => Set<LocalContact>();

    public DbSet<PressContact> PressContacts => Set<PressContact>();

    public DbSet<FundingLine> FundingLines => Set<FundingLine>();

    public DbSet<KeyFigure> KeyFigures => Set<KeyFigure>();

    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<SearchSynonym> SearchSynonyms => Set<SearchSynonym>();

    public DbSet<SearchMiss> SearchMisses => Set<SearchMiss>();

    public DbSet<PageViewCount> PageViewCounts => Set<PageViewCount>();

    public DbSet<SearchCount> SearchCounts => Set<SearchCount>();

    public DbSet<ContentStamp> ContentStamps => Set<ContentStamp>();

    public DbSet<CorrectionReport> CorrectionReports => Set<CorrectionReport>();

    public DbSet<LinkCheckRun> LinkCheckRuns => Set<LinkCheckRun>();

    public DbSet<LinkCheckResult> LinkCheckResults => Set<LinkCheckResult>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: the database stays readable and reordering an enum is safe.
        configurationBuilder.Properties<PublicationStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<WorkshopKind>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<RevisionAction>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<DatePrecision>().HaveConversion<string>().HaveMaxLength(8);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StoreBlankTextAsNull();
        var changed = ChangedEditableEntries();
        foreach (var entry in changed.Entries)
        {
            RevisionSnapshot.LoadLinks(entry);
        }
        StampAndRecordRevisions(changed);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StoreBlankTextAsNull();
        var changed = ChangedEditableEntries();
        foreach (var entry in changed.Entries)
        {
            await RevisionSnapshot.LoadLinksAsync(entry, cancellationToken);
        }
        StampAndRecordRevisions(changed);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Absent stays absent: an optional text (a string the model allows to be null, on an item or
    /// in one of its JSON rows: a contact's mobile, a source's page) left blank is stored as null,
    /// whoever saves it (a form, the import). Pages then test one thing, null, and the history and
    /// the conflicts never see "" and null as a change.
    /// </summary>
    private void StoreBlankTextAsNull()
    {
        ChangeTracker.DetectChanges();
        var saved = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified && (e.Entity is EditableEntity || e.Metadata.IsOwned()));
        foreach (var entry in saved)
        {
            foreach (var property in entry.Properties.Where(p => p.Metadata.ClrType == typeof(string) && p.Metadata.IsNullable))
            {
                if (property.CurrentValue is string text && string.IsNullOrWhiteSpace(text))
                {
                    property.CurrentValue = null;
                }
            }
        }
    }

    /// <summary>
    /// Items added, changed or deleted in this save, including those where only an owned value
    /// (a contact, a speaker) or a many-to-many link (a measure's intention) changed: such a change
    /// is an entry of its own that points at the item by foreign key.
    /// </summary>
    private ChangedEntries ChangedEditableEntries()
    {
        ChangeTracker.DetectChanges();
        var touched = ChangeTracker.Entries()
            .Where(e => e.Entity is not EditableEntity && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .SelectMany(e => e.Metadata.GetForeignKeys()
                .Where(fk => fk.PrincipalEntityType.ClrType.IsAssignableTo(typeof(EditableEntity)))
                .Select(fk => e.Property(fk.Properties[0].Name).CurrentValue))
            .OfType<Guid>()
            .ToHashSet();
        var entries = ChangeTracker.Entries<EditableEntity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                || (e.State == EntityState.Unchanged && touched.Contains(e.Entity.Id)))
            .ToList();
        return new ChangedEntries(entries, touched);
    }

    /// <param name="Entries">The items to stamp and record.</param>
    /// <param name="LinksChanged">Ids of the items whose owned values or many-to-many links changed.</param>
    private sealed record ChangedEntries(List<EntityEntry<EditableEntity>> Entries, HashSet<Guid> LinksChanged);

    /// <param name="changed">The entries found before their links were loaded: loading adds no change.</param>
    private void StampAndRecordRevisions(ChangedEntries changed)
    {
        var now = DateTime.UtcNow;
        foreach (var entry in changed.Entries)
        {
            var item = entry.Entity;
            if (string.IsNullOrWhiteSpace(item.UpdatedBy))
            {
                throw new InvalidOperationException(
                    $"{entry.Metadata.ClrType.Name} '{item.Key}' is saved without an author: set {nameof(EditableEntity.UpdatedBy)}.");
            }

            EndScheduleOnStatusChange(entry);
            var action = ActionOf(entry, changed.LinksChanged.Contains(item.Id));
            var author = item.UpdatedBy;
            if (action == RevisionAction.Created)
            {
                item.CreatedAt = now;
                item.CreatedBy = item.UpdatedBy;
            }
            if (action is RevisionAction.PendingSaved or RevisionAction.PendingAbandoned)
            {
                // The published item did not change: its « last modified » (shown by the API, open
                // data and the sitemap) stays; only the version is renewed, so a form opened before
                // is refused. The author is the pending version's.
                item.UpdatedBy = entry.Property(e => e.UpdatedBy).OriginalValue;
                item.PendingSavedAt = item.PendingSnapshot is null ? null : now;
                item.PendingSavedBy = item.PendingSnapshot is null ? null : author;
                item.Version = Guid.NewGuid();
            }
            else if (entry.State != EntityState.Deleted)
            {
                item.UpdatedAt = now;
                item.Version = Guid.NewGuid();
            }
            if (action == RevisionAction.PendingPublished)
            {
                item.PendingSavedAt = null;
                item.PendingSavedBy = null;
            }

            Revisions.Add(new Revision
            {
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = item.Id,
                EntityKey = item.Key,
                Action = action,
                EntityVersion = item.Version,
                // A pending save's revision holds the pending version, so the history shows and compares it.
                Snapshot = action == RevisionAction.PendingSaved ? item.PendingSnapshot! : RevisionSnapshot.Write(entry),
                Author = author,
                CreatedAt = now,
            });
        }
    }

    /// <summary>
    /// A status change ends the schedule it fulfils or contradicts: published, the item no longer
    /// waits for its publication (its « dépublier le … » stays); back to draft or in the trash, it
    /// keeps neither date, so that restoring or publishing it later never acts on a forgotten one.
    /// </summary>
    private static void EndScheduleOnStatusChange(EntityEntry<EditableEntity> entry)
    {
        var status = entry.Property(e => e.Status);
        if (entry.State != EntityState.Modified || !status.IsModified || status.OriginalValue == status.CurrentValue)
        {
            return;
        }
        entry.Entity.PublishAt = null;
        if (status.CurrentValue != PublicationStatus.Published)
        {
            entry.Entity.UnpublishAt = null;
        }
        if (entry.Entity.PublishAt is null && entry.Entity.UnpublishAt is null)
        {
            entry.Entity.ScheduledBy = null;
        }
    }

    /// <summary>What « Programmer… » sets.</summary>
    private static readonly HashSet<string> _schedule = [nameof(EditableEntity.PublishAt), nameof(EditableEntity.UnpublishAt), nameof(EditableEntity.ScheduledBy)];

    /// <summary>Who saved and when: set on every save, they tell nothing about the content.</summary>
    private static readonly HashSet<string> _stamps = [nameof(EditableEntity.UpdatedBy), nameof(EditableEntity.UpdatedAt), nameof(EditableEntity.Version)];

    /// <summary>
    /// Clears the item's pending version as its publication: the save is recorded as
    /// <see cref="RevisionAction.PendingPublished"/> even when no field differs from the published one.
    /// </summary>
    public static void MarkPublishingPending(EntityEntry<EditableEntity> entry)
    {
        entry.Entity.PendingSnapshot = null;
        entry.Property(e => e.UpdatedAt).IsModified = true;
    }

    /// <summary>The pending version beside the item (decision 0013).</summary>
    private static readonly HashSet<string> _pendingState = [nameof(EditableEntity.PendingSnapshot), nameof(EditableEntity.PendingSavedAt), nameof(EditableEntity.PendingSavedBy)];

    /// <summary>What « Marquer comme vérifié » sets.</summary>
    private static readonly HashSet<string> _verification = [nameof(ContentItem.VerifiedOn), nameof(ContentItem.VerifiedBy)];

    /// <summary>What the save did to the item, as the history and the journal name it.</summary>
    /// <param name="linksChanged">Whether an owned value or a link of the item changed in this save.</param>
    private static RevisionAction ActionOf(EntityEntry<EditableEntity> entry, bool linksChanged)
    {
        if (entry.State == EntityState.Added)
        {
            return RevisionAction.Created;
        }
        if (entry.State == EntityState.Deleted)
        {
            return RevisionAction.Deleted;
        }
        var pending = entry.Property(e => e.PendingSnapshot);
        if (pending.IsModified && pending.CurrentValue is not null)
        {
            return RevisionAction.PendingSaved;
        }
        if (pending.IsModified && pending.OriginalValue is not null)
        {
            // Publishing marks the last change as modified (see MarkPublishingPending), so a pending version equal to the published one is still a publication.
            return linksChanged || entry.Property(e => e.UpdatedAt).IsModified
                || entry.Properties.Any(p => p.IsModified && !_stamps.Contains(p.Metadata.Name) && !_pendingState.Contains(p.Metadata.Name))
                ? RevisionAction.PendingPublished
                : RevisionAction.PendingAbandoned;
        }
        var status = entry.Property(e => e.Status);
        if (!status.IsModified || status.OriginalValue == status.CurrentValue)
        {
            return IsVerification(entry, linksChanged) ? RevisionAction.Verified
                : IsScheduling(entry, linksChanged) ? RevisionAction.Scheduled
                : RevisionAction.Updated;
        }
        return (status.OriginalValue, status.CurrentValue) switch
        {
            (_, PublicationStatus.Published) => RevisionAction.Published,
            (_, PublicationStatus.Deleted) => RevisionAction.Deleted,
            (PublicationStatus.Deleted, _) => RevisionAction.Restored,
            _ => RevisionAction.Unpublished,
        };
    }

    /// <summary>
    /// A review, not an edit: the verification was written (marked modified, even to the same day
    /// and person) and nothing else but the stamps of the save.
    /// </summary>
    private static bool IsVerification(EntityEntry<EditableEntity> entry, bool linksChanged)
    {
        var modified = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToList();
        return !linksChanged
            && modified.Any(_verification.Contains)
            && modified.All(name => _verification.Contains(name) || _stamps.Contains(name));
    }

    /// <summary>Only the schedule changed (and the stamps of the save).</summary>
    private static bool IsScheduling(EntityEntry<EditableEntity> entry, bool linksChanged)
    {
        var modified = entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).Select(p => p.Metadata.Name).ToList();
        return !linksChanged
            && modified.Any(_schedule.Contains)
            && modified.All(name => _schedule.Contains(name) || _stamps.Contains(name));
    }
}
