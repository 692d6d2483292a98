using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Occitanie.Pauvrete.Web.Data;

/// <summary>
/// Writes the full state of an item as JSON from EF Core's metadata, so a new property or owned
/// value is in every revision without anyone remembering to add it: scalar properties, owned
/// values (contacts, speakers…) and the keys of many-to-many links (a measure's intentions).
/// Navigations to other items are recorded by their foreign key, which is a property.
/// </summary>
internal static class RevisionSnapshot
{
    private static readonly JsonSerializerOptions _json = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(EntityEntry entry)
    {
        using var stream = new MemoryStream();
        // Relaxed escaping keeps French text readable in the history ("é", not "\u00E9"); snapshots are never put in HTML as they are.
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteObject(writer, entry);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Loads the many-to-many links of a changed item so its snapshot is complete.</summary>
    public static void LoadLinks(EntityEntry entry)
    {
        foreach (var links in UnloadedLinks(entry))
        {
            links.Load();
        }
    }

    public static async Task LoadLinksAsync(EntityEntry entry, CancellationToken cancellationToken)
    {
        foreach (var links in UnloadedLinks(entry))
        {
            await links.LoadAsync(cancellationToken);
        }
    }

    private static IEnumerable<CollectionEntry> UnloadedLinks(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Deleted
            ? []
            : entry.Collections.Where(c => c.Metadata is ISkipNavigation && !c.IsLoaded);

    /// <summary>
    /// The pending version and its stamps are beside the item's state, not part of it: a snapshot
    /// holding the pending one would nest every pending version in every revision.
    /// </summary>
    private static readonly HashSet<string> _notState =
        [nameof(Entities.EditableEntity.PendingSnapshot), nameof(Entities.EditableEntity.PendingSavedAt), nameof(Entities.EditableEntity.PendingSavedBy)];

    private static void WriteObject(Utf8JsonWriter writer, EntityEntry entry)
    {
        writer.WriteStartObject();
        foreach (var property in entry.Properties.Where(p => !p.Metadata.IsShadowProperty() && !_notState.Contains(p.Metadata.Name)))
        {
            writer.WritePropertyName(property.Metadata.Name);
            JsonSerializer.Serialize(writer, property.CurrentValue, property.Metadata.ClrType, _json);
        }
        foreach (var navigation in entry.Navigations)
        {
            switch (navigation.Metadata)
            {
                case INavigation owned when owned.TargetEntityType.IsOwned():
                    writer.WritePropertyName(owned.Name);
                    WriteOwned(writer, entry.Context, navigation.CurrentValue);
                    break;
                case ISkipNavigation link:
                    writer.WritePropertyName(link.Name);
                    writer.WriteStartArray();
                    foreach (var linked in (IEnumerable<object>?)navigation.CurrentValue ?? [])
                    {
                        var key = entry.Context.Entry(linked).Properties.First(p => p.Metadata.IsPrimaryKey());
                        JsonSerializer.Serialize(writer, key.CurrentValue, key.Metadata.ClrType, _json);
                    }
                    writer.WriteEndArray();
                    break;
            }
        }
        writer.WriteEndObject();
    }

    private static void WriteOwned(Utf8JsonWriter writer, DbContext context, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteObject(writer, context.Entry(item));
                }
                writer.WriteEndArray();
                break;
            default:
                WriteObject(writer, context.Entry(value));
                break;
        }
    }
}
