using System.Globalization;
using System.Text.Json;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.History;

/// <summary>
/// One field that differs between two revisions: a short value before and after, or the lines of a
/// long text or a list (contacts, intentions…) kept, removed and added.
/// </summary>
public sealed record FieldChange(string Label, string? Before, string? After, IReadOnlyList<DiffLine>? Lines)
{
    public bool IsLines => Lines is not null;
}

/// <summary>
/// What changed between two snapshots of an item, field by field as staff know them: the kind's
/// fields in the order and with the labels of its form, then any other property of the snapshot
/// (the status…) by its name. Linked items are named by their title, never by their id.
/// </summary>
public static class RevisionDiff
{
    /// <summary>Stamped on every save: they always change and say nothing about the content.</summary>
    public static readonly IReadOnlySet<string> TechnicalProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "Id", "Version", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "ImportHash",
    };

    private static readonly CultureInfo _french = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Not fields of the form, but what « Marquer comme vérifié » sets: named as the edit page names them.</summary>
    private static readonly Dictionary<string, string> _reviewLabels = new(StringComparer.Ordinal)
    {
        [nameof(ContentItem.VerifiedOn)] = "Vérifié le",
        [nameof(ContentItem.VerifiedBy)] = "Vérifié par",
    };

    /// <param name="titles">Titles of the items the snapshots link to, by id; an id missing here is an item that no longer exists.</param>
    public static IReadOnlyList<FieldChange> Compare(ContentKind kind, JsonElement before, JsonElement after, IReadOnlyDictionary<Guid, string> titles)
    {
        var changes = new List<FieldChange>();
        foreach (var field in kind.Fields)
        {
            var change = CompareField(field, Value(before, field.Property), Value(after, field.Property), titles);
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        var known = kind.Fields.Select(f => f.Property).ToHashSet(StringComparer.Ordinal);
        var others = Names(after).Concat(Names(before))
            .Distinct(StringComparer.Ordinal)
            .Where(name => !known.Contains(name) && !TechnicalProperties.Contains(name));
        foreach (var name in others)
        {
            var change = name == nameof(ContentItem.VerifiedOn)
                ? ValueChange(_reviewLabels[name], Short(FieldKind.Date, Value(before, name), titles), Short(FieldKind.Date, Value(after, name), titles))
                : CompareOther(_reviewLabels.GetValueOrDefault(name, name), Value(before, name), Value(after, name), titles);
            if (change is not null)
            {
                changes.Add(change);
            }
        }
        return changes;
    }

    /// <summary>The ids of linked items in a snapshot, under the given properties (a measure's AxisId, its Intentions).</summary>
    public static IEnumerable<Guid> LinkedIds(JsonElement snapshot, IEnumerable<string> properties)
    {
        foreach (var property in properties)
        {
            switch (Value(snapshot, property))
            {
                case { ValueKind: JsonValueKind.String } one when one.TryGetGuid(out var id):
                    yield return id;
                    break;
                case { ValueKind: JsonValueKind.Array } many:
                    foreach (var item in many.EnumerateArray())
                    {
                        if (item.ValueKind == JsonValueKind.String && item.TryGetGuid(out var linked))
                        {
                            yield return linked;
                        }
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private static FieldChange? CompareField(EditorField field, JsonElement? before, JsonElement? after, IReadOnlyDictionary<Guid, string> titles)
    {
        switch (field.Kind)
        {
            case FieldKind.TextArea or FieldKind.Markdown:
                return LinesChange(field.Label, LineDiff.Lines(Text(before)), LineDiff.Lines(Text(after)));
            case FieldKind.Terms or FieldKind.Lines:
                return LinesChange(field.Label, Items(before, e => Text(e) ?? ""), Items(after, e => Text(e) ?? ""));
            case FieldKind.References:
                // Links have no order: the same items in another order are no change.
                return LinesChange(field.Label,
                    [.. Items(before, e => TitleOf(e, titles)).Order(StringComparer.Ordinal)],
                    [.. Items(after, e => TitleOf(e, titles)).Order(StringComparer.Ordinal)]);
            case FieldKind.Rows:
                return LinesChange(field.Label, Items(before, row => RowLine(field, row)), Items(after, row => RowLine(field, row)));
            default:
                return ValueChange(field.Label, Short(field.Kind, before, titles), Short(field.Kind, after, titles));
        }
    }

    private static FieldChange? CompareOther(string name, JsonElement? before, JsonElement? after, IReadOnlyDictionary<Guid, string> titles)
    {
        if (before?.ValueKind == JsonValueKind.Array || after?.ValueKind == JsonValueKind.Array)
        {
            var old = Items(before, e => Generic(e, titles));
            var now = Items(after, e => Generic(e, titles));
            // Links (an intention's measures, a measure's ateliers) have no order.
            if (AllIds(before) && AllIds(after))
            {
                old.Sort(StringComparer.Ordinal);
                now.Sort(StringComparer.Ordinal);
            }
            return LinesChange(name, old, now);
        }
        var oldValue = before is { } b ? Generic(b, titles) : null;
        var newValue = after is { } a ? Generic(a, titles) : null;
        if (oldValue?.Contains('\n', StringComparison.Ordinal) == true || newValue?.Contains('\n', StringComparison.Ordinal) == true)
        {
            return LinesChange(name, LineDiff.Lines(oldValue), LineDiff.Lines(newValue));
        }
        return ValueChange(name, oldValue, newValue);
    }

    private static FieldChange? ValueChange(string label, string? before, string? after) =>
        string.Equals(before ?? "", after ?? "", StringComparison.Ordinal) ? null : new FieldChange(label, before, after, null);

    private static FieldChange? LinesChange(string label, IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        before.SequenceEqual(after, StringComparer.Ordinal) ? null : new FieldChange(label, null, null, LineDiff.Of(before, after));

    /// <summary>A row as one line, its non-empty columns in the form's order: "Nom — Fonction — Téléphone".</summary>
    private static string RowLine(EditorField field, JsonElement row)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            return Text(row) ?? "";
        }
        var values = field.Columns
            .Select(column => Short(column.Kind, Value(row, column.Property), new Dictionary<Guid, string>()))
            .Where(value => !string.IsNullOrWhiteSpace(value));
        return string.Join(" — ", values);
    }

    private static string? Short(FieldKind kind, JsonElement? value, IReadOnlyDictionary<Guid, string> titles)
    {
        if (value is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }
        return kind switch
        {
            FieldKind.Reference => TitleOf(element, titles),
            FieldKind.Date when element.ValueKind == JsonValueKind.String
                && DateOnly.TryParse(element.GetString(), CultureInfo.InvariantCulture, out var date) => FrenchFormat.Date(date),
            FieldKind.DecimalNumber or FieldKind.WholeNumber when element.ValueKind == JsonValueKind.Number
                && element.TryGetDecimal(out var number) => number.ToString("#,##0.##########", _french),
            _ => Generic(element, titles),
        };
    }

    /// <summary>Any value of the snapshot as a reader would write it.</summary>
    private static string Generic(JsonElement value, IReadOnlyDictionary<Guid, string> titles) => value.ValueKind switch
    {
        JsonValueKind.String when value.TryGetGuid(out var id) && titles.TryGetValue(id, out var title) => title,
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "oui",
        JsonValueKind.False => "non",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.Number when value.TryGetDecimal(out var number) => number.ToString("#,##0.##########", _french),
        JsonValueKind.Object => string.Join(" — ", value.EnumerateObject()
            .Select(p => Generic(p.Value, titles))
            .Where(s => !string.IsNullOrWhiteSpace(s))),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(e => Generic(e, titles))),
        _ => value.GetRawText(),
    };

    private static string TitleOf(JsonElement value, IReadOnlyDictionary<Guid, string> titles) =>
        value.ValueKind == JsonValueKind.String && value.TryGetGuid(out var id)
            ? titles.TryGetValue(id, out var title) ? title : $"élément supprimé ({id})"
            : Generic(value, titles);

    private static bool AllIds(JsonElement? list) =>
        list is not { ValueKind: JsonValueKind.Array } array
        || array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String && e.TryGetGuid(out _));

    private static string? Text(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } text ? text.GetString() : value is { } other && other.ValueKind != JsonValueKind.Null ? other.GetRawText() : null;

    private static List<string> Items(JsonElement? list, Func<JsonElement, string> line) =>
        list is { ValueKind: JsonValueKind.Array } array ? [.. array.EnumerateArray().Select(line)] : [];

    private static JsonElement? Value(JsonElement snapshot, string property) =>
        snapshot.ValueKind == JsonValueKind.Object && snapshot.TryGetProperty(property, out var value) ? value : null;

    private static IEnumerable<string> Names(JsonElement snapshot) =>
        snapshot.ValueKind == JsonValueKind.Object ? snapshot.EnumerateObject().Select(p => p.Name) : [];
}
