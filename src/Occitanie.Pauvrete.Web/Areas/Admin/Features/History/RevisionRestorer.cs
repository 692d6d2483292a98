using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.History;

/// <summary>What a restore did: saved, with the sentence that says so, or refused with the reason.</summary>
public sealed record RestoreOutcome(string? Confirmation, string? Error);

/// <summary>
/// Puts the fields of an old revision back on the item: every field of its kind, from the snapshot
/// as <see cref="RevisionSnapshot"/> wrote it. The status is left alone (publishing is its own
/// action) and the save writes a new revision, so the state before the restore is kept too.
/// </summary>
public sealed class RevisionRestorer(PortalDbContext db)
{
    private static readonly JsonSerializerOptions _json = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <returns>Null when the item or that revision of it does not exist.</returns>
    public async Task<RestoreOutcome?> RestoreAsync(ContentKind kind, Guid id, long revisionId, string author, CancellationToken cancellationToken = default)
    {
        var item = await ItemSets.Of(db, kind.EntityType).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        var entityType = kind.EntityType.Name;
        var revision = await db.Revisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == revisionId && r.EntityId == id && r.EntityType == entityType, cancellationToken);
        if (item is null || revision is null)
        {
            return null;
        }
        try
        {
            return await RestoreAsync(kind, item, revision, author, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new RestoreOutcome(null, "Cette version n'a pas été restaurée : le contenu a été modifié par quelqu'un d'autre au même moment. Relisez l'historique et recommencez.");
        }
    }

    /// <param name="item">The item as it is now, tracked by the same context.</param>
    private async Task<RestoreOutcome> RestoreAsync(ContentKind kind, EditableEntity item, Revision revision, string author, CancellationToken cancellationToken)
    {
        using var snapshot = JsonDocument.Parse(revision.Snapshot);
        var root = snapshot.RootElement;
        var entry = db.Entry(item);
        var notRelinked = new List<string>();
        foreach (var field in kind.Fields)
        {
            // A field added to the model after this revision was written keeps its value.
            if (!root.TryGetProperty(field.Property, out var value))
            {
                continue;
            }
            switch (field.Kind)
            {
                case FieldKind.Rows:
                    RestoreOwned(entry, field.Property, value);
                    break;
                case FieldKind.References:
                    notRelinked.AddRange(await RestoreLinksAsync(entry, field.Property, value, author, cancellationToken));
                    break;
                case FieldKind.Reference:
                    notRelinked.AddRange(await RestoreReferenceAsync(entry, field, value, cancellationToken));
                    break;
                default:
                    var property = entry.Property(field.Property);
                    property.CurrentValue = value.Deserialize(property.Metadata.ClrType, _json);
                    break;
            }
        }

        var conflict = await UniqueConflictAsync(kind, entry, cancellationToken);
        if (conflict is not null)
        {
            db.ChangeTracker.Clear();
            return new RestoreOutcome(null, conflict);
        }

        item.UpdatedBy = author;
        // A restore is always recorded, even when the item already had those values.
        entry.Property(e => e.UpdatedBy).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);

        var confirmation = $"Version du {ParisTime.DateAndTime(revision.CreatedAt)} restaurée. Statut inchangé : {StatusLabel(item.Status)}.";
        if (notRelinked.Count > 0)
        {
            confirmation += $" Non reliés car supprimés depuis : {string.Join(", ", notRelinked)}.";
        }
        return new RestoreOutcome(confirmation, null);
    }

    private static string StatusLabel(PublicationStatus status) => status switch
    {
        PublicationStatus.Draft => "brouillon",
        PublicationStatus.Published => "publié",
        _ => "dans la corbeille",
    };

    /// <summary>Contacts, speakers, sources…: the list is replaced as a whole.</summary>
    private static void RestoreOwned(EntityEntry entry, string name, JsonElement value)
    {
        var navigation = entry.Navigation(name);
        var rowType = ((INavigation)navigation.Metadata).TargetEntityType.ClrType;
        var listType = typeof(List<>).MakeGenericType(rowType);
        navigation.CurrentValue = value.ValueKind == JsonValueKind.Null
            ? Activator.CreateInstance(listType)
            : value.Deserialize(listType, _json);
    }

    /// <summary>Links the items of the snapshot that still exist; returns the keys of those that do not.</summary>
    private async Task<IEnumerable<string>> RestoreLinksAsync(EntityEntry entry, string name, JsonElement value, string author, CancellationToken cancellationToken)
    {
        var collection = entry.Collection(name);
        await collection.LoadAsync(cancellationToken);
        var target = ((ISkipNavigation)collection.Metadata).TargetEntityType.ClrType;
        var ids = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(e => e.GetGuid()).ToList() : [];
        // Tracked: the items already linked are the same instances, so only real changes are saved.
        var found = await ItemSets.Of(db, target).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);

        var links = (IList)collection.CurrentValue!;
        var before = links.Cast<EditableEntity>().ToList();
        links.Clear();
        foreach (var linked in found)
        {
            links.Add(linked);
        }
        // The items on the other side of a changed link change too (their revision lists the link): they are saved by the same author.
        foreach (var changed in before.Except(found).Concat(found.Except(before)))
        {
            changed.UpdatedBy = author;
        }
        return await MissingKeysAsync(target, ids.Except(found.Select(f => f.Id)).ToList(), cancellationToken);
    }

    /// <summary>Sets the reference of the snapshot if its item still exists; else keeps the current one and returns the missing item's key.</summary>
    private async Task<IEnumerable<string>> RestoreReferenceAsync(EntityEntry entry, EditorField field, JsonElement value, CancellationToken cancellationToken)
    {
        var property = entry.Property(field.Property);
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (field.Required)
            {
                return [];
            }
            property.CurrentValue = null;
            return [];
        }
        var id = value.GetGuid();
        var target = entry.Metadata.GetForeignKeys().First(fk => fk.Properties[0].Name == field.Property).PrincipalEntityType.ClrType;
        if (await ItemSets.Of(db, target).AnyAsync(e => e.Id == id, cancellationToken))
        {
            property.CurrentValue = id;
            return [];
        }
        return await MissingKeysAsync(target, [id], cancellationToken);
    }

    /// <summary>Names of items that no longer exist, from the last revision each left (its slug or code).</summary>
    private async Task<IEnumerable<string>> MissingKeysAsync(Type target, List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var known = await db.Revisions.AsNoTracking()
            .Where(r => ids.Contains(r.EntityId))
            .GroupBy(r => r.EntityId)
            .Select(g => g.OrderByDescending(r => r.Id).Select(r => r.EntityKey).First())
            .ToListAsync(cancellationToken);
        var noun = ContentKinds.ByEntityName(target.Name)?.Singular ?? target.Name;
        return [.. known.Select(key => $"{noun} « {key} »"), .. Enumerable.Repeat(noun, ids.Count - known.Count)];
    }

    /// <summary>
    /// An old slug (or number, code) may be used by another item by now: the database would refuse
    /// the save, so it is refused here first with a sentence staff understand.
    /// </summary>
    private async Task<string?> UniqueConflictAsync(ContentKind kind, EntityEntry entry, CancellationToken cancellationToken)
    {
        if (await UniqueValues.FindClashAsync(db, entry, cancellationToken) is not { } clash)
        {
            return null;
        }
        var labels = string.Join(", ", clash.Properties.Select(p => kind.FieldOf(p.Name)?.Label ?? p.Name));
        var values = string.Join(", ", clash.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.GetCultureInfo("fr-FR"))));
        return $"Cette version n'a pas été restaurée, rien n'a été enregistré : sa valeur « {values} » ({labels}) est désormais celle "
            + $"de « {kind.TitleOf(clash.Other)} ». Changez-la d'abord sur l'un des deux contenus.";
    }
}
