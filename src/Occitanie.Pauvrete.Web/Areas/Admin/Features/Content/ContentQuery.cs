using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

/// <summary>What staff read of any <see cref="ContentKind"/>: the list of its items and the form of one, with the choices of its fields.</summary>
/// <param name="vocabulary">The controlled lists the vocabulary fields offer.</param>
public sealed class ContentQuery(PortalDbContext db, ContentVocabulary vocabulary)
{
    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);
    private static readonly CompareInfo _compare = CultureInfo.GetCultureInfo("fr-FR").CompareInfo;

    /// <param name="status">publie, brouillon, corbeille; anything else: all but the trash.</param>
    /// <param name="filter">Id of the kind's first reference field (a measure's axis).</param>
    /// <param name="sort">« titre », « date » (the kind's own date, newest first) or « modification » (last saved first); by default the kind's own date when it has one, else the title.</param>
    public async Task<ContentListPage> ListAsync(ContentKind kind, string? query, string? status, string? filter, CancellationToken cancellationToken, string? sort = null)
    {
        var items = await AllAsync(kind.EntityType, cancellationToken);
        var dateField = DateFieldOf(kind);
        DateOnly? DateOf(EditableEntity item) => dateField is null ? null : (DateOnly?)kind.EntityType.GetProperty(dateField.Property)!.GetValue(item);
        sort = sort is "titre" or "modification" || (sort == "date" && dateField is not null) ? sort : dateField is null ? "titre" : "date";
        var filterField = kind.Fields.FirstOrDefault(f => f.Kind == FieldKind.Reference);
        var wanted = StatusOf(status);
        var rows = items
            .Where(i => wanted is { } s ? i.Status == s : i.Status != PublicationStatus.Deleted)
            .Where(i => string.IsNullOrWhiteSpace(query)
                || _compare.IndexOf(kind.TitleOf(i), query.Trim(), CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0
                || i.Key.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(i => filterField is null || string.IsNullOrEmpty(filter)
                || EditorValues.Format(kind.EntityType.GetProperty(filterField.Property)!.GetValue(i)) == filter)
            .Select(i => new ContentListRow(i.Id, kind.TitleOf(i), i.Key, i.Status, i.UpdatedAt, i.UpdatedBy) { Date = DateOf(i), Scheduled = Schedule.ScheduleLabel.Of(i.Status, i.PublishAt, i.UnpublishAt) });
        rows = sort switch
        {
            "date" => rows.OrderByDescending(r => r.Date).ThenBy(r => r.Title, _frenchOrder),
            "modification" => rows.OrderByDescending(r => r.UpdatedAt),
            _ => rows.OrderBy(r => r.Title, _frenchOrder),
        };
        var filterOptions = filterField is null ? [] : await ReferenceOptionsAsync(filterField, cancellationToken);
        return new ContentListPage(Kind: kind, Rows: [.. rows], Total: items.Count, Query: query, Status: status, FilterField: filterField, FilterOptions: filterOptions, Filter: filter)
        {
            Sort = sort,
            DateField = dateField,
        };
    }

    /// <summary>The kind's own required date (a release's, a conference's), which its list shows and sorts by; null for kinds without one.</summary>
    private static EditorField? DateFieldOf(ContentKind kind) => kind.Fields.FirstOrDefault(f => f.Kind == FieldKind.Date && f.Required);

    public static PublicationStatus? StatusOf(string? status) => status switch
    {
        "publie" => PublicationStatus.Published,
        "brouillon" => PublicationStatus.Draft,
        "corbeille" => PublicationStatus.Deleted,
        _ => null,
    };

    /// <summary>The empty form of a new item; a required choice starts on its first value, an optional one on « Non renseigné ».</summary>
    public Task<EditorPage> NewFormAsync(ContentKind kind, CancellationToken cancellationToken)
    {
        var values = EditorValues.Empty();
        foreach (var choice in kind.Fields.Where(f => f.Kind == FieldKind.Choice && f.Required))
        {
            values.Set(choice.Property, Enum.GetNames(choice.Target!)[0]);
        }
        return FormAsync(kind, null, values, cancellationToken);
    }

    /// <summary>The form of the item as stored, or of its pending version when it has one; null when there is no such item.</summary>
    public async Task<EditorPage?> EditFormAsync(ContentKind kind, Guid id, CancellationToken cancellationToken)
    {
        var items = ItemSets.Of(db, kind.EntityType).AsNoTracking();
        foreach (var links in kind.Fields.Where(f => f.Kind == FieldKind.References))
        {
            items = items.Include(links.Property);
        }
        return await items.FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is { } item
            ? await FormAsync(kind, item, item.PendingSnapshot is { } pending ? EditorValues.FromSnapshot(kind, item, pending) : EditorValues.FromEntity(kind, item), cancellationToken)
            : null;
    }

    /// <summary>The form showing <paramref name="values"/>: as stored, or as typed when a save was refused.</summary>
    /// <param name="item">The item the form edits (its status, version, last change); null while creating.</param>
    /// <param name="verifying">The form answers a refused « Marquer comme vérifié »; <paramref name="unsavedFields"/> says why when there is no conflict.</param>
    public async Task<EditorPage> FormAsync(ContentKind kind, EditableEntity? item, EditorValues values, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? errors = null, EditorConflict? conflict = null, bool verifying = false, IReadOnlyList<string>? unsavedFields = null)
    {
        var options = new Dictionary<string, IReadOnlyList<EditorOption>>(StringComparer.Ordinal);
        foreach (var field in kind.Fields)
        {
            switch (field.Kind)
            {
                case FieldKind.Reference or FieldKind.References:
                    options[field.Property] = await ReferenceOptionsAsync(field, cancellationToken);
                    break;
                case FieldKind.Choice:
                    options[field.Property] = ChoiceLabels.For(field);
                    break;
                case FieldKind.Terms:
                    options[field.Property] = TermOptions(field, values.All(field.Property));
                    break;
                case FieldKind.Term:
                    options[field.Property] = TermOptions(field, [values.Text(field.Property)]);
                    break;
                case FieldKind.Rows:
                    foreach (var column in field.Columns.Where(c => c.Kind == FieldKind.Choice))
                    {
                        options[field.Property + "." + column.Property] = ChoiceLabels.For(column);
                    }
                    foreach (var column in field.Columns.Where(c => c.Kind == FieldKind.SourceDocument))
                    {
                        var used = Enumerable.Range(0, values.RowCount(field.Property)).Select(i => values.Text(EditorValues.RowName(field.Property, i, column)));
                        options[field.Property + "." + column.Property] = await SourceDocumentOptionsAsync(used, cancellationToken);
                    }
                    foreach (var column in field.Columns.Where(c => c.Kind == FieldKind.Record))
                    {
                        var used = Enumerable.Range(0, values.RowCount(field.Property)).Select(i => values.Text(EditorValues.RowName(field.Property, i, column)));
                        options[field.Property + "." + column.Property] = await RecordOptionsAsync(column, used, cancellationToken);
                    }
                    foreach (var column in field.Columns.Where(c => c.Kind == FieldKind.Term))
                    {
                        var used = Enumerable.Range(0, values.RowCount(field.Property)).Select(i => values.Text(EditorValues.RowName(field.Property, i, column)));
                        options[field.Property + "." + column.Property] = TermOptions(column, used);
                    }
                    break;
            }
        }
        return new EditorPage
        {
            Kind = kind,
            Id = item?.Id,
            Version = item?.Version,
            Status = item?.Status ?? PublicationStatus.Draft,
            Title = item is null ? null : kind.TitleOf(item),
            UpdatedAt = item?.UpdatedAt,
            UpdatedBy = item?.UpdatedBy,
            Values = values,
            Errors = errors ?? new Dictionary<string, string>(),
            Options = options,
            Conflict = conflict,
            PublicPath = item is { Status: PublicationStatus.Published } ? kind.PublicPathOf(item) : null,
            VerifiedOn = (item as ContentItem)?.VerifiedOn,
            VerifiedBy = (item as ContentItem)?.VerifiedBy,
            Verifying = verifying,
            UnsavedFields = unsavedFields ?? [],
            PendingSavedAt = item?.PendingSnapshot is null ? null : item.PendingSavedAt,
            PendingSavedBy = item?.PendingSnapshot is null ? null : item.PendingSavedBy,
            Scheduled = item is null ? null : Schedule.ScheduleLabel.Of(item.Status, item.PublishAt, item.UnpublishAt),
        };
    }

    /// <summary>
    /// The form as typed, with one more row of <paramref name="property"/> (a rows field of the kind);
    /// it keeps the version the person started from, so a colleague's save meanwhile is still caught.
    /// Null when there is no such item.
    /// </summary>
    public async Task<EditorPage?> RowAddedFormAsync(ContentKind kind, Guid? id, EditorValues values, string? property, CancellationToken cancellationToken)
    {
        EditableEntity? item = null;
        if (id is { } itemId && (item = await ItemSets.Of(db, kind.EntityType).AsNoTracking().FirstOrDefaultAsync(e => e.Id == itemId, cancellationToken)) is null)
        {
            return null;
        }
        var page = await FormAsync(kind, item, values, cancellationToken);
        return page with
        {
            Version = Guid.TryParse(values.Text("version"), out var version) ? version : page.Version,
            RowAddedTo = kind.FieldOf(property ?? "") is { Kind: FieldKind.Rows } rows ? rows.Property : null,
        };
    }

    /// <summary>The item's status; null when there is no such item.</summary>
    public async Task<PublicationStatus?> StatusOfAsync(ContentKind kind, Guid id, CancellationToken cancellationToken) =>
        await ItemSets.Of(db, kind.EntityType).AsNoTracking().Where(e => e.Id == id).Select(e => (PublicationStatus?)e.Status).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Every item of the kind, trash included, untracked (admin lists hold a few hundred items at most).</summary>
    private Task<List<EditableEntity>> AllAsync(Type entityType, CancellationToken cancellationToken) =>
        ItemSets.Of(db, entityType)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

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

    /// <summary>
    /// The source documents by title (with their date and issuer), newest first, valued by their
    /// reference; a reference the form holds that no document has stays, marked, so it is not lost unseen.
    /// </summary>
    private async Task<IReadOnlyList<EditorOption>> SourceDocumentOptionsAsync(IEnumerable<string> used, CancellationToken cancellationToken)
    {
        var documents = await db.SourceDocuments.AsNoTracking()
            .Where(d => d.Status != PublicationStatus.Deleted)
            .Select(d => new { d.FileName, d.Title, d.Date, d.Emitter, d.Status })
            .ToListAsync(cancellationToken);
        var known = documents.Select(d => d.FileName).ToHashSet(StringComparer.Ordinal);
        return [.. documents
            .OrderByDescending(d => d.Date).ThenBy(d => d.Title, _frenchOrder)
            .Select(d => new EditorOption(d.FileName, string.Join(" — ", new[]
            {
                d.Title,
                d.Date is { } date ? FrenchFormat.Date(date) : null,
                d.Emitter,
            }.OfType<string>()) + (d.Status == PublicationStatus.Draft ? " (brouillon)" : ""))),
            .. used.Where(u => u.Length > 0 && !known.Contains(u)).Distinct(StringComparer.Ordinal).Select(u => new EditorOption(u, $"{u} (document inconnu)"))];
    }

    /// <summary>
    /// The records of the column's kind by title, valued by their key; a press contact's role and
    /// e-mail tell two « Contact presse » apart. A key the form holds that no record has stays, marked.
    /// </summary>
    private async Task<IReadOnlyList<EditorOption>> RecordOptionsAsync(EditorField field, IEnumerable<string> used, CancellationToken cancellationToken)
    {
        var kind = ContentKinds.All.First(k => k.EntityType == field.Target);
        var items = (await AllAsync(field.Target!, cancellationToken)).Where(i => i.Status != PublicationStatus.Deleted).ToList();
        var known = items.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        return [.. items
            .Select(i => (Item: i, Label: i is PressContact c ? string.Join(" — ", new[] { c.Name, c.Role, c.Email }.OfType<string>()) : kind.TitleOf(i)))
            .OrderBy(i => i.Label, _frenchOrder)
            .Select(i => new EditorOption(i.Item.Key, i.Item.Status == PublicationStatus.Draft ? $"{i.Label} (brouillon)" : i.Label)),
            .. used.Where(u => u.Length > 0 && !known.Contains(u)).Distinct(StringComparer.Ordinal).Select(u => new EditorOption(u, $"{u} (introuvable)"))];
    }

    /// <summary>
    /// The labels of the field's list, in the file's order, then any other word the form holds (an
    /// item's older value), marked as such so it can be unticked but is not lost unseen.
    /// </summary>
    private IReadOnlyList<EditorOption> TermOptions(EditorField field, IEnumerable<string> used)
    {
        var labels = vocabulary.Terms(field.Vocabulary!.Value).Select(t => t.Label).ToList();
        return [.. labels.Select(l => new EditorOption(l, l)),
            .. used.Where(u => u.Length > 0 && !labels.Contains(u, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).Select(u => new EditorOption(u, $"{u} (hors liste)"))];
    }
}
