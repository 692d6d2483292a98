using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

public enum EditorCommand
{
    /// <summary>Save, status unchanged.</summary>
    Save,
    Publish,
    Unpublish,
}

/// <summary>What a save came to: done, refused for the fields' errors, or refused because someone saved meanwhile.</summary>
public sealed record EditorOutcome(EditableEntity? Saved, Dictionary<string, string> Errors, EditorConflict? Conflict);

/// <summary>Lists, reads and saves the items of any <see cref="ContentKind"/>.</summary>
public sealed class ContentEditor(PortalDbContext db, EditorBinder binder)
{
    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);
    private static readonly CompareInfo _compare = CultureInfo.GetCultureInfo("fr-FR").CompareInfo;

    /// <summary>Every item of the kind, trash included, untracked (admin lists hold a few hundred items at most).</summary>
    private Task<List<EditableEntity>> AllAsync(Type entityType, CancellationToken cancellationToken) =>
        ItemSets.Of(db, entityType)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

    /// <param name="status">publie, brouillon, corbeille; anything else: all but the trash.</param>
    /// <param name="filter">Id of the kind's first reference field (a measure's axis).</param>
    public async Task<ContentListPage> ListAsync(ContentKind kind, string? query, string? status, string? filter, CancellationToken cancellationToken)
    {
        var items = await AllAsync(kind.EntityType, cancellationToken);
        var filterField = kind.Fields.FirstOrDefault(f => f.Kind == FieldKind.Reference);
        var wanted = StatusOf(status);
        var rows = items
            .Where(i => wanted is { } s ? i.Status == s : i.Status != PublicationStatus.Deleted)
            .Where(i => string.IsNullOrWhiteSpace(query)
                || _compare.IndexOf(kind.TitleOf(i), query.Trim(), CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0
                || i.Key.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(i => filterField is null || string.IsNullOrEmpty(filter)
                || EditorValues.Format(kind.EntityType.GetProperty(filterField.Property)!.GetValue(i)) == filter)
            .OrderBy(i => kind.TitleOf(i), _frenchOrder)
            .Select(i => new ContentListRow(i.Id, kind.TitleOf(i), i.Key, i.Status, i.UpdatedAt, i.UpdatedBy))
            .ToList();
        var filterOptions = filterField is null ? [] : await ReferenceOptionsAsync(filterField, cancellationToken);
        return new ContentListPage(kind, rows, items.Count, query, status, filterField, filterOptions, filter);
    }

    public static PublicationStatus? StatusOf(string? status) => status switch
    {
        "publie" => PublicationStatus.Published,
        "brouillon" => PublicationStatus.Draft,
        "corbeille" => PublicationStatus.Deleted,
        _ => null,
    };

    /// <summary>The item, tracked, with the links its form edits.</summary>
    public async Task<EditableEntity?> FindAsync(ContentKind kind, Guid id, CancellationToken cancellationToken)
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

    public EditableEntity New(ContentKind kind, string author)
    {
        var item = (EditableEntity)Activator.CreateInstance(kind.EntityType)!;
        item.Id = Guid.NewGuid();
        item.Status = PublicationStatus.Draft;
        item.UpdatedBy = author;
        return item;
    }

    public EditorValues ValuesOf(ContentKind kind, EditableEntity item) => EditorValues.FromEntity(kind, db.Entry(item));

    /// <summary>
    /// Binds and saves. <paramref name="version"/> is the version the form was filled from: if the
    /// item has another one now, nothing is saved and the conflict says who changed what.
    /// </summary>
    public async Task<EditorOutcome> SaveAsync(ContentKind kind, EditableEntity item, EditorValues values, Guid? version, EditorCommand command, string author, CancellationToken cancellationToken)
    {
        var isNew = db.Entry(item).State == EntityState.Detached;
        if (!isNew && version != item.Version)
        {
            return new EditorOutcome(null, [], await ConflictAsync(kind, item, version, cancellationToken));
        }
        if (isNew)
        {
            db.Add(item);
        }
        var errors = await binder.ApplyAsync(kind, item, values, cancellationToken);
        if (errors.Count > 0)
        {
            return new EditorOutcome(null, errors, null);
        }
        item.UpdatedBy = author;
        item.Status = command switch
        {
            EditorCommand.Publish => PublicationStatus.Published,
            EditorCommand.Unpublish => PublicationStatus.Draft,
            _ => item.Status,
        };
        if (!isNew)
        {
            // The version the person saw: a save between this read and this write makes EF refuse it too.
            db.Entry(item).Property(e => e.Version).OriginalValue = version!.Value;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await FindAsync(kind, item.Id, cancellationToken);
            return current is null
                ? new EditorOutcome(null, new() { [""] = "Cet élément n'existe plus." }, null)
                : new EditorOutcome(null, [], await ConflictAsync(kind, current, version, cancellationToken));
        }
        return new EditorOutcome(item, [], null);
    }

    /// <summary>
    /// Runs <paramref name="show"/> on the database as it would be with the form saved, then
    /// forgets the save: the preview of unsaved changes is the real public page, built by the
    /// public queries, and nothing is kept (no change, no revision).
    /// </summary>
    public async Task<(Dictionary<string, string> Errors, T? Shown)> WithUnsavedAsync<T>(ContentKind kind, EditableEntity item, EditorValues values, string author,
        Func<CancellationToken, Task<T>> show, CancellationToken cancellationToken)
    {
        // SQL Server's retrying strategy only allows a transaction of our own inside it.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var outcome = await SaveAsync(kind, item, values, item.Version, EditorCommand.Save, author, cancellationToken);
                return (outcome.Errors, outcome.Saved is null ? default : await show(cancellationToken));
            }
            finally
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        });
    }

    /// <summary>Moves the item to the trash, or out of it (as a draft): a status change, so nothing is lost.</summary>
    public async Task SetStatusAsync(EditableEntity item, PublicationStatus status, string author, CancellationToken cancellationToken)
    {
        item.Status = status;
        item.UpdatedBy = author;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Who saved since <paramref name="version"/>, and which fields differ from that version.</summary>
    private async Task<EditorConflict> ConflictAsync(ContentKind kind, EditableEntity current, Guid? version, CancellationToken cancellationToken)
    {
        var type = kind.EntityType.Name;
        var latest = await db.Revisions.AsNoTracking()
            .Where(r => r.EntityType == type && r.EntityId == current.Id)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var marker = $"\"Version\":\"{version}\"";
        var seen = version is null ? null : await db.Revisions.AsNoTracking()
            .Where(r => r.EntityType == type && r.EntityId == current.Id && r.Snapshot.Contains(marker))
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var changed = new List<string>();
        if (latest is not null && seen is not null)
        {
            using var before = JsonDocument.Parse(seen.Snapshot);
            using var after = JsonDocument.Parse(latest.Snapshot);
            foreach (var field in kind.Fields)
            {
                var old = before.RootElement.TryGetProperty(field.Property, out var o) ? o.GetRawText() : "";
                var now = after.RootElement.TryGetProperty(field.Property, out var n) ? n.GetRawText() : "";
                if (old != now)
                {
                    changed.Add(field.Label);
                }
            }
            if (before.RootElement.GetProperty(nameof(EditableEntity.Status)).GetRawText() != after.RootElement.GetProperty(nameof(EditableEntity.Status)).GetRawText())
            {
                changed.Add("Statut de publication");
            }
        }
        var compare = latest is not null && seen is not null ? $"{kind.HistoryPath(current.Id)}/comparer?de={seen.Id}&a={latest.Id}" : null;
        return new EditorConflict(current.UpdatedBy, current.UpdatedAt, changed, compare);
    }

    public async Task<EditorPage> PageAsync(ContentKind kind, EditableEntity? item, EditorValues values, CancellationToken cancellationToken,
        Dictionary<string, string>? errors = null, EditorConflict? conflict = null)
    {
        var options = new Dictionary<string, IReadOnlyList<EditorOption>>(StringComparer.Ordinal);
        List<EditableEntity>? kindItems = null; // read once for all the kind's tag fields (a measure has two)
        foreach (var field in kind.Fields)
        {
            switch (field.Kind)
            {
                case FieldKind.Reference or FieldKind.References:
                    options[field.Property] = await ReferenceOptionsAsync(field, cancellationToken);
                    break;
                case FieldKind.Choice:
                    options[field.Property] = ChoiceLabels.For(field.Target!);
                    break;
                case FieldKind.Tags:
                    kindItems ??= await AllAsync(kind.EntityType, cancellationToken);
                    options[field.Property] = TagOptions(kind, field, kindItems, values);
                    break;
                case FieldKind.Rows:
                    foreach (var column in field.Columns.Where(c => c.Kind == FieldKind.Choice))
                    {
                        options[field.Property + "." + column.Property] = ChoiceLabels.For(column.Target!);
                    }
                    break;
            }
        }
        var saved = item is not null && db.Entry(item).State is not (EntityState.Added or EntityState.Detached);
        return new EditorPage
        {
            Kind = kind,
            Id = saved ? item!.Id : null,
            Version = saved ? item!.Version : null,
            Status = saved ? item!.Status : PublicationStatus.Draft,
            Title = saved ? kind.TitleOf(item!) : null,
            UpdatedAt = saved ? item!.UpdatedAt : null,
            UpdatedBy = saved ? item!.UpdatedBy : null,
            Values = values,
            Errors = errors ?? [],
            Options = options,
            Conflict = conflict,
            PublicPath = saved && item!.Status == PublicationStatus.Published ? kind.PublicPathOf(item) : null,
        };
    }

    /// <summary>Items of the referenced kind by title; drafts are marked, the trash left out.</summary>
    private async Task<IReadOnlyList<EditorOption>> ReferenceOptionsAsync(EditorField field, CancellationToken cancellationToken)
    {
        var kind = ContentKinds.All.First(k => k.EntityType == field.Target);
        var items = await AllAsync(field.Target!, cancellationToken);
        return [.. items
            .Where(i => i.Status != PublicationStatus.Deleted)
            .Select(i => (Item: i, Title: i is Axis axis ? $"Axe {axis.Number} — {axis.Title}" : kind.TitleOf(i)))
            .OrderBy(i => i.Item is Axis axis ? axis.Number.ToString("00", CultureInfo.InvariantCulture) : i.Title, _frenchOrder)
            .Select(i => new EditorOption(i.Item.Id.ToString(), i.Item.Status == PublicationStatus.Draft ? $"{i.Title} (brouillon)" : i.Title))];
    }

    /// <summary>The words already used by the kind's items, plus those of this form, for checkboxes.</summary>
    private static IReadOnlyList<EditorOption> TagOptions(ContentKind kind, EditorField field, List<EditableEntity> items, EditorValues values)
    {
        var property = kind.EntityType.GetProperty(field.Property)!;
        return [.. items
            .SelectMany(i => (IEnumerable<string>?)property.GetValue(i) ?? [])
            .Concat(values.All(field.Property))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(_frenchOrder)
            .Select(t => new EditorOption(t, t))];
    }
}
