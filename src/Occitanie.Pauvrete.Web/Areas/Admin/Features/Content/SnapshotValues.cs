using System.Text.Json;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

/// <summary>
/// Whether a field holds the same value in two snapshots of an item (revisions, or the item as a
/// form would save it), the way the form sees it: absent, null, "" and blank are one « nothing »
/// (older saves stored "" where the model says null), texts are compared trimmed with "\n" line
/// breaks, an empty list is nothing, and a list of words or ids (publics, intentions) has no order.
/// Rows (contacts, sources) keep theirs: moving a contact first is a change.
/// </summary>
public static class SnapshotValues
{
    /// <summary>The field's value in a snapshot; null when the snapshot has none.</summary>
    public static JsonElement? Of(JsonElement snapshot, string property) =>
        snapshot.ValueKind == JsonValueKind.Object && snapshot.TryGetProperty(property, out var value) ? value : null;

    public static bool Same(JsonElement snapshot, JsonElement other, string property) =>
        Same(Of(snapshot, property), Of(other, property));

    public static bool Same(JsonElement? before, JsonElement? after)
    {
        var a = IsNothing(before) ? null : before;
        var b = IsNothing(after) ? null : after;
        if (a is not { } x || b is not { } y)
        {
            return a is null && b is null;
        }
        if (x.ValueKind != y.ValueKind)
        {
            return false;
        }
        return x.ValueKind switch
        {
            JsonValueKind.String => Text(x) == Text(y)
                || (Guid.TryParse(x.GetString(), out var g) && Guid.TryParse(y.GetString(), out var h) && g == h),
            JsonValueKind.Number => x.TryGetDecimal(out var m) && y.TryGetDecimal(out var n) ? m == n : x.GetRawText() == y.GetRawText(),
            JsonValueKind.Array => SameList(x, y),
            JsonValueKind.Object => x.EnumerateObject().Select(p => p.Name).Union(y.EnumerateObject().Select(p => p.Name))
                .All(name => Same(Of(x, name), Of(y, name))),
            _ => x.GetRawText() == y.GetRawText(),
        };
    }

    private static bool SameList(JsonElement x, JsonElement y)
    {
        var left = x.EnumerateArray().ToList();
        var right = y.EnumerateArray().ToList();
        if (left.All(e => e.ValueKind == JsonValueKind.String) && right.All(e => e.ValueKind == JsonValueKind.String))
        {
            return Words(left).SetEquals(Words(right));
        }
        return left.Count == right.Count && left.Zip(right).All(pair => Same(pair.First, pair.Second));
    }

    private static HashSet<string> Words(List<JsonElement> list) =>
        [.. list.Select(e => Guid.TryParse(e.GetString(), out var id) ? id.ToString() : Text(e)).Where(t => t.Length > 0)];

    private static bool IsNothing(JsonElement? value) => value is not { } element || element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        JsonValueKind.String => string.IsNullOrWhiteSpace(element.GetString()),
        JsonValueKind.Array => element.GetArrayLength() == 0,
        _ => false,
    };

    private static string Text(JsonElement text) => (text.GetString() ?? "").ReplaceLineEndings("\n").Trim();
}
