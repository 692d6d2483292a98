using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

public enum EditorCommand
{
    /// <summary>Save, status unchanged.</summary>
    Save,
    Publish,
    Unpublish,

    /// <summary>« Publier la version en attente »: the form (the pending version as opened) replaces the published item.</summary>
    PublishPending,
}

/// <summary>
/// What a save came to: done (<see cref="Saved"/>), or refused for the fields' errors or because
/// someone saved meanwhile; then <see cref="Current"/> is the item the form goes on editing (null
/// while creating).
/// </summary>
public sealed record EditorOutcome(EditableEntity? Saved, EditableEntity? Current, IReadOnlyDictionary<string, string> Errors, EditorConflict? Conflict)
{
    /// <summary>« Marquer comme vérifié » refused because the form holds changes not saved (a review records no content change): the labels of those fields.</summary>
    public IReadOnlyList<string> UnsavedFields { get; init; } = [];

    public static EditorOutcome Done(EditableEntity item) => new(item, item, new Dictionary<string, string>(), null);

    public static EditorOutcome Refused(EditableEntity? current, IReadOnlyDictionary<string, string>? errors = null, EditorConflict? conflict = null) =>
        new(null, current, errors ?? new Dictionary<string, string>(), conflict);
}

/// <summary>The preview of a form not saved: the page shown, or why the form cannot be shown.</summary>
public sealed record UnsavedPreview<T>(T? Shown, EditableEntity? Current, IReadOnlyDictionary<string, string> Errors);

/// <summary>What staff change on any <see cref="ContentKind"/>: create, save, publish, trash, and preview a form before saving it.</summary>
public sealed class ContentCommands(PortalDbContext db, EditorBinder binder)
{
    public async Task<EditorOutcome> CreateAsync(ContentKind kind, EditorValues values, EditorCommand command, string author, CancellationToken cancellationToken)
    {
        var item = New(kind, author);
        db.Add(item);
        var outcome = await BindAndSaveAsync(kind, item, values, command, author, null, cancellationToken);
        // Refused, the new item does not exist: the form stays a creation form.
        return outcome.Saved is null ? outcome with { Current = null } : outcome;
    }

    /// <summary>
    /// Binds and saves. <paramref name="version"/> is the version the form was filled from: if the
    /// item has another one now, nothing is saved and the conflict says who changed what.
    /// </summary>
    /// <returns>Null when there is no such item.</returns>
    public async Task<EditorOutcome?> UpdateAsync(ContentKind kind, Guid id, EditorValues values, Guid? version, EditorCommand command, string author, CancellationToken cancellationToken)
    {
        if (await FindAsync(kind, id, cancellationToken) is not { } item)
        {
            return null;
        }
        if (version is not { } seen || seen != item.Version)
        {
            return await RefuseOverColleagueAsync(kind, item, version, values, cancellationToken);
        }
        if (item.HasPendingVersion && command != EditorCommand.PublishPending)
        {
            // Saving over the published item would be undone by publishing the pending version, and the pending one would miss it.
            return EditorOutcome.Refused(item, new Dictionary<string, string> { [""] = PendingExists });
        }
        // The version the person saw: a save between this read and this write makes EF refuse it too.
        db.Entry(item).Property(e => e.Version).OriginalValue = seen;
        return await BindAndSaveAsync(kind, item, values, command, author, version, cancellationToken);
    }

    public const string PendingExists = "Rien n'a été enregistré : ce contenu a une version en attente. Enregistrez-la, publiez-la ou abandonnez-la.";

    /// <summary>
    /// « Enregistrer comme version en attente »: the form's values are checked as a save would check
    /// them, then kept beside the published item (<see cref="EditableEntity.PendingSnapshot"/>), which
    /// stays as it is on the site. Renews the version and writes a revision holding the pending version.
    /// </summary>
    /// <returns>Null when there is no such item.</returns>
    public async Task<EditorOutcome?> SavePendingAsync(ContentKind kind, Guid id, EditorValues values, Guid? version, string author, CancellationToken cancellationToken)
    {
        if (await FindAsync(kind, id, cancellationToken) is not { } item)
        {
            return null;
        }
        if (version is not { } seen || seen != item.Version)
        {
            return EditorOutcome.Refused(item, conflict: await ConflictAsync(kind, item, version, cancellationToken));
        }
        if (!item.IsPublished && !item.HasPendingVersion)
        {
            return EditorOutcome.Refused(item, new Dictionary<string, string>
            {
                [""] = "Rien n'a été enregistré : une version en attente ne sert qu'à un contenu publié. Celui-ci n'est pas visible sur le site : enregistrez-le directement.",
            });
        }
        var errors = await binder.ApplyAsync(kind, item, values, cancellationToken);
        if (errors.Count > 0)
        {
            return EditorOutcome.Refused(item, errors);
        }
        // Rows bound as new values become tracked entries only when changes are detected.
        db.ChangeTracker.DetectChanges();
        var snapshot = RevisionSnapshot.Write(db.Entry(item));
        // The bound values are forgotten: only the snapshot is kept, the published item is untouched.
        db.ChangeTracker.Clear();
        if (await FindAsync(kind, id, cancellationToken) is not { } current)
        {
            return null;
        }
        db.Entry(current).Property(e => e.Version).OriginalValue = seen;
        current.PendingSnapshot = snapshot;
        current.UpdatedBy = author;
        return await SaveOrConflictAsync(kind, current, version, values: null, cancellationToken);
    }

    /// <summary>« Abandonner la version en attente »: the published item stays as it is; the pending version stays in the history.</summary>
    /// <returns>Null when there is no such item.</returns>
    public async Task<EditorOutcome?> AbandonPendingAsync(ContentKind kind, Guid id, Guid? version, string author, CancellationToken cancellationToken)
    {
        if (await FindAsync(kind, id, cancellationToken) is not { } item)
        {
            return null;
        }
        if (version is not { } seen || seen != item.Version || !item.HasPendingVersion)
        {
            return EditorOutcome.Refused(item, conflict: await ConflictAsync(kind, item, version, cancellationToken));
        }
        db.Entry(item).Property(e => e.Version).OriginalValue = seen;
        item.PendingSnapshot = null;
        item.UpdatedBy = author;
        return await SaveOrConflictAsync(kind, item, version, values: null, cancellationToken);
    }

    /// <summary>Saves; when someone saved in between, refuses with what they changed.</summary>
    /// <param name="values">
    /// The form being saved, brought up to date on a conflict (<see cref="RefuseOverColleagueAsync"/>);
    /// null when the person typed nothing (a pending version published as it is, or abandoned).
    /// </param>
    private async Task<EditorOutcome> SaveOrConflictAsync(ContentKind kind, EditableEntity item, Guid? version, EditorValues? values, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await FindAsync(kind, item.Id, cancellationToken);
            return current is null
                ? EditorOutcome.Refused(item, new Dictionary<string, string> { [""] = "Cet élément n'existe plus." })
                : values is null
                    ? EditorOutcome.Refused(current, conflict: await ConflictAsync(kind, current, version, cancellationToken))
                    : await RefuseOverColleagueAsync(kind, current, version, values, cancellationToken);
        }
        return EditorOutcome.Done(item);
    }

    /// <summary>
    /// « Marquer comme vérifié »: records that <paramref name="author"/> checked the item today (Paris
    /// time), as a revision of its own (<see cref="RevisionAction.Verified"/>) that changes no
    /// content. Like a save it renews the version, and like a save it is refused when the item
    /// changed since <paramref name="version"/> (what was checked is not what is stored). It is
    /// refused too when the form differs from the item: those changes would be neither saved nor
    /// checked, and the form keeps them.
    /// </summary>
    /// <returns>Null when there is no such item, or its kind is not reviewed (no <see cref="ContentItem.VerifiedOn"/>).</returns>
    public async Task<EditorOutcome?> VerifyAsync(ContentKind kind, Guid id, EditorValues values, Guid? version, string author, CancellationToken cancellationToken)
    {
        if (await FindAsync(kind, id, cancellationToken) is not ContentItem item)
        {
            return null;
        }
        if (version is not { } seen || seen != item.Version)
        {
            return EditorOutcome.Refused(item, conflict: await ConflictAsync(kind, item, version, cancellationToken));
        }
        var unsaved = await FormChangesAsync(kind, item, values, cancellationToken);
        db.ChangeTracker.Clear();
        if (await FindAsync(kind, id, cancellationToken) is not ContentItem current)
        {
            return null;
        }
        if (unsaved.Count > 0)
        {
            return EditorOutcome.Refused(current) with { UnsavedFields = unsaved };
        }
        var entry = db.Entry(current);
        entry.Property(e => e.Version).OriginalValue = seen;
        current.VerifiedOn = ParisTime.Today;
        current.VerifiedBy = author;
        current.UpdatedBy = author;
        // Recorded even when the same person checks it again the same day.
        entry.Property(e => e.VerifiedOn).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await FindAsync(kind, id, cancellationToken) is { } changed
                ? EditorOutcome.Refused(changed, conflict: await ConflictAsync(kind, changed, version, cancellationToken))
                : null;
        }
        return EditorOutcome.Done(current);
    }

    /// <summary>
    /// The fields the form would change: its values are bound on the tracked item and the full
    /// snapshot (what a revision records) compared before and after, field by field; a value the
    /// binder refuses is a change too. The caller forgets the tracked changes.
    /// </summary>
    private async Task<IReadOnlyList<string>> FormChangesAsync(ContentKind kind, EditableEntity item, EditorValues values, CancellationToken cancellationToken)
    {
        var entry = db.Entry(item);
        await RevisionSnapshot.LoadLinksAsync(entry, cancellationToken);
        using var stored = JsonDocument.Parse(RevisionSnapshot.Write(entry));
        var errors = await binder.ApplyAsync(kind, item, values, cancellationToken);
        // Rows bound as new values become tracked entries only when changes are detected.
        db.ChangeTracker.DetectChanges();
        using var bound = JsonDocument.Parse(RevisionSnapshot.Write(entry));
        return [.. kind.Fields
            .Where(f => HasError(errors, f) || !SnapshotValues.Same(stored.RootElement, bound.RootElement, f.Property))
            .Select(f => f.Label)];
    }

    private static bool HasError(IReadOnlyDictionary<string, string> errors, EditorField field) =>
        errors.Keys.Any(name => name == field.Property || name.StartsWith(field.Property + "[", StringComparison.Ordinal));

    /// <summary>
    /// Runs <paramref name="show"/> on the database as it would be with the form saved, then
    /// forgets the save: the preview of unsaved changes is the real public page, built by the
    /// public queries, and nothing is kept (no change, no revision).
    /// </summary>
    /// <param name="id">The item edited; null for a new one.</param>
    /// <param name="show">Builds the page of the item of that id.</param>
    /// <returns>Null when there is no such item.</returns>
    public async Task<UnsavedPreview<T>?> PreviewUnsavedAsync<T>(ContentKind kind, Guid? id, EditorValues values, string author,
        Func<Guid, CancellationToken, Task<T?>> show, CancellationToken cancellationToken)
        where T : class
    {
        var item = id is { } existing ? await FindAsync(kind, existing, cancellationToken) : New(kind, author);
        if (item is null)
        {
            return null;
        }
        // SQL Server's retrying strategy only allows a transaction of our own inside it.
        var (errors, shown) = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                if (id is null)
                {
                    db.Add(item);
                }
                var outcome = await BindAndSaveAsync(kind, item, values, EditorCommand.Save, author, item.Version, cancellationToken);
                return (outcome.Errors, outcome.Saved is null ? null : await show(item.Id, cancellationToken));
            }
            finally
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        });
        var current = shown is null && id is { } edited ? await FindAsync(kind, edited, cancellationToken) : null;
        return new UnsavedPreview<T>(shown, current, errors);
    }

    /// <summary>The preview of the item's pending version (decision 0013), as <see cref="PreviewUnsavedAsync"/> builds a form's.</summary>
    /// <returns>Null when there is no such item or it has no pending version.</returns>
    public async Task<UnsavedPreview<T>?> PreviewPendingAsync<T>(ContentKind kind, Guid id, string author,
        Func<Guid, CancellationToken, Task<T?>> show, CancellationToken cancellationToken)
        where T : class
    {
        if (await FindAsync(kind, id, cancellationToken) is not { PendingSnapshot: { } pending } item)
        {
            return null;
        }
        var values = EditorValues.FromSnapshot(kind, item, pending);
        db.ChangeTracker.Clear();
        return await PreviewUnsavedAsync(kind, id, values, author, show, cancellationToken);
    }

    /// <summary>Moves the item to the trash, or out of it (as a draft): a status change, so nothing is lost.</summary>
    /// <returns>The item; null when there is no such item.</returns>
    public async Task<EditableEntity?> SetStatusAsync(ContentKind kind, Guid id, PublicationStatus status, string author, CancellationToken cancellationToken)
    {
        if (await db.FindAsync(kind.EntityType, [id], cancellationToken) is not EditableEntity item)
        {
            return null;
        }
        item.Status = status;
        item.UpdatedBy = author;
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    private static EditableEntity New(ContentKind kind, string author)
    {
        var item = (EditableEntity)Activator.CreateInstance(kind.EntityType)!;
        item.Id = Guid.NewGuid();
        item.Status = PublicationStatus.Draft;
        item.UpdatedBy = author;
        return item;
    }

    /// <summary>The item, tracked, with the links its form edits.</summary>
    private async Task<EditableEntity?> FindAsync(ContentKind kind, Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindAsync(kind.EntityType, [id], cancellationToken) is not EditableEntity item)
        {
            return null;
        }
        foreach (var field in kind.Fields.Where(f => f.Kind == FieldKind.References))
        {
            await db.Entry(item).Collection(field.Property).LoadAsync(cancellationToken);
        }
        return item;
    }

    /// <param name="version">The version the person saw; null for a new item.</param>
    private async Task<EditorOutcome> BindAndSaveAsync(ContentKind kind, EditableEntity item, EditorValues values, EditorCommand command, string author,
        Guid? version, CancellationToken cancellationToken)
    {
        var errors = await binder.ApplyAsync(kind, item, values, cancellationToken);
        if (errors.Count > 0)
        {
            return EditorOutcome.Refused(item, errors);
        }
        item.UpdatedBy = author;
        if (command == EditorCommand.PublishPending)
        {
            PortalDbContext.MarkPublishingPending(db.Entry(item));
        }
        item.Status = command switch
        {
            EditorCommand.Publish or EditorCommand.PublishPending => PublicationStatus.Published,
            EditorCommand.Unpublish => PublicationStatus.Draft,
            _ => item.Status,
        };
        return await SaveOrConflictAsync(kind, item, version, values, cancellationToken);
    }

    /// <summary>
    /// Refuses a save over a colleague's, and brings the form up to date so that saving again never
    /// silently reverts them: a field the person left as it was in their <paramref name="version"/>
    /// now shows the current value in <paramref name="values"/>; a field both changed, differently,
    /// keeps what the person typed and is named (<see cref="EditorConflict.Clashes"/>), so that
    /// replacing the colleague's text there is a choice made knowingly.
    /// </summary>
    /// <param name="current">The item as stored now, tracked, its links loaded.</param>
    private async Task<EditorOutcome> RefuseOverColleagueAsync(ContentKind kind, EditableEntity current, Guid? version, EditorValues values, CancellationToken cancellationToken)
    {
        var conflict = await ConflictAsync(kind, current, version, cancellationToken);
        var seen = version is null ? null : await db.Revisions.AsNoTracking()
            .Where(r => r.EntityType == kind.EntityType.Name && r.EntityId == current.Id && r.EntityVersion == version)
            .OrderByDescending(r => r.Id)
            .Select(r => r.Snapshot)
            .FirstOrDefaultAsync(cancellationToken);
        if (seen is null)
        {
            // The person's version is unknown: nothing tells what they changed, the form stays as typed.
            return EditorOutcome.Refused(current, conflict: conflict);
        }
        var entry = db.Entry(current);
        await RevisionSnapshot.LoadLinksAsync(entry, cancellationToken);
        using var before = JsonDocument.Parse(seen);
        using var now = JsonDocument.Parse(RevisionSnapshot.Write(entry));
        var stored = EditorValues.FromEntity(kind, current);
        // The form as it would be saved, to compare field by field; forgotten just after.
        var errors = await binder.ApplyAsync(kind, current, values, cancellationToken);
        db.ChangeTracker.DetectChanges();
        using var typed = JsonDocument.Parse(RevisionSnapshot.Write(entry));
        var clashes = new List<string>();
        foreach (var field in kind.Fields)
        {
            var mine = HasError(errors, field) || !SnapshotValues.Same(before.RootElement, typed.RootElement, field.Property);
            var theirs = !SnapshotValues.Same(before.RootElement, now.RootElement, field.Property);
            if (!mine)
            {
                values.Replace(field.Property, stored);
            }
            else if (theirs && (HasError(errors, field) || !SnapshotValues.Same(typed.RootElement, now.RootElement, field.Property)))
            {
                clashes.Add(field.Label);
            }
        }
        db.ChangeTracker.Clear();
        var fresh = await FindAsync(kind, current.Id, cancellationToken) ?? current;
        return EditorOutcome.Refused(fresh, conflict: conflict with { Clashes = clashes });
    }

    /// <summary>Who saved since <paramref name="version"/>, and which fields differ from that version.</summary>
    private async Task<EditorConflict> ConflictAsync(ContentKind kind, EditableEntity current, Guid? version, CancellationToken cancellationToken)
    {
        var type = kind.EntityType.Name;
        var latest = await db.Revisions.AsNoTracking()
            .Where(r => r.EntityType == type && r.EntityId == current.Id)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var seen = version is null ? null : await db.Revisions.AsNoTracking()
            .Where(r => r.EntityType == type && r.EntityId == current.Id && r.EntityVersion == version)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var changed = new List<string>();
        // A review changes no field: the conflict names it rather than finding no change at all.
        var verified = seen is null
            ? latest?.Action == RevisionAction.Verified
            : await db.Revisions.AnyAsync(r => r.EntityType == type && r.EntityId == current.Id && r.Id > seen.Id && r.Action == RevisionAction.Verified, cancellationToken);
        if (latest is not null && seen is not null)
        {
            using var before = JsonDocument.Parse(seen.Snapshot);
            using var after = JsonDocument.Parse(latest.Snapshot);
            // Only real changes: "" and null, or a final line break, are no change to a reader.
            changed.AddRange(kind.Fields.Where(f => !SnapshotValues.Same(before.RootElement, after.RootElement, f.Property)).Select(f => f.Label));
            if (before.RootElement.GetProperty(nameof(EditableEntity.Status)).GetRawText() != after.RootElement.GetProperty(nameof(EditableEntity.Status)).GetRawText())
            {
                changed.Add("Statut de publication");
            }
        }
        if (verified)
        {
            changed.Add(EditorConflict.Verification);
        }
        var compare = latest is not null && seen is not null ? $"{kind.HistoryPath(current.Id)}/comparer?de={seen.Id}&a={latest.Id}" : null;
        return new EditorConflict(current.UpdatedBy, current.UpdatedAt, changed, compare);
    }
}
