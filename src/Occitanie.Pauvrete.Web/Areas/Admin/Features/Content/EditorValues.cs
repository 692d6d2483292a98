using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Primitives;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

/// <summary>
/// A form's state as the browser sends it: field name → values. The editor reads an item into it,
/// renders from it and binds from it, so a refused save shows exactly what the person typed.
/// Names: <c>Title</c>, <c>Intentions</c> and <c>Publics</c> (one value per ticked item),
/// <c>Contacts[0].Name</c>.
/// </summary>
public sealed class EditorValues
{
    private static readonly CultureInfo _french = CultureInfo.GetCultureInfo("fr-FR");

    private readonly Dictionary<string, StringValues> _values;

    private EditorValues(Dictionary<string, StringValues> values) => _values = values;

    public static EditorValues Empty() => new([]);

    /// <summary>
    /// The form as posted, line breaks as "\n": a browser sends a textarea's as "\r\n", which a
    /// form shown again (refused) would write as the character reference &amp;#xD;, an HTML error.
    /// </summary>
    public static EditorValues FromForm(IFormCollection form) =>
        new(form.Keys.ToDictionary(k => k, k => new StringValues([.. form[k].Select(v => v?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))]), StringComparer.Ordinal));

    /// <summary>The item as it is (its many-to-many links loaded).</summary>
    public static EditorValues FromEntity(ContentKind kind, EditableEntity item)
    {
        var values = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var field in kind.Fields)
        {
            Write(values, field.Property, field, item.GetType().GetProperty(field.Property)!.GetValue(item));
        }
        return new(values);
    }

    private static readonly JsonSerializerOptions _snapshotJson = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// A version of the item kept as a snapshot (its pending version, decision 0013), read as
    /// <see cref="RevisionSnapshot"/> wrote it; a field the snapshot lacks (added since) shows the item's value.
    /// </summary>
    public static EditorValues FromSnapshot(ContentKind kind, EditableEntity item, string snapshot)
    {
        var values = FromEntity(kind, item)._values;
        using var document = JsonDocument.Parse(snapshot);
        foreach (var field in kind.Fields)
        {
            if (!document.RootElement.TryGetProperty(field.Property, out var element))
            {
                continue;
            }
            if (field.Kind == FieldKind.References)
            {
                values[field.Property] = element.ValueKind == JsonValueKind.Array
                    ? new StringValues([.. element.EnumerateArray().Select(e => e.GetGuid().ToString())])
                    : StringValues.Empty;
                continue;
            }
            foreach (var key in values.Keys.Where(k => k.StartsWith(field.Property + "[", StringComparison.Ordinal)).ToList())
            {
                values.Remove(key);
            }
            Write(values, field.Property, field, element.Deserialize(item.GetType().GetProperty(field.Property)!.PropertyType, _snapshotJson));
        }
        return new(values);
    }

    private static void Write(Dictionary<string, StringValues> values, string name, EditorField field, object? value)
    {
        switch (field.Kind)
        {
            case FieldKind.Terms:
                values[name] = new StringValues([.. (IEnumerable<string>?)value ?? []]);
                break;
            case FieldKind.References:
                values[name] = new StringValues([.. ((IEnumerable<EditableEntity>?)value ?? []).Select(l => l.Id.ToString())]);
                break;
            case FieldKind.Lines:
                values[name] = string.Join('\n', (IEnumerable<string>?)value ?? []);
                break;
            case FieldKind.Rows:
                var index = 0;
                foreach (var row in (IEnumerable?)value ?? Array.Empty<object>())
                {
                    foreach (var column in field.Columns)
                    {
                        Write(values, RowName(name, index, column), column, row.GetType().GetProperty(column.Property)!.GetValue(row));
                    }
                    index++;
                }
                break;
            default:
                values[name] = Format(value);
                break;
        }
    }

    /// <summary>A value as the field shows it: French decimals, dates as jj/mm/aaaa (a text field, which keeps an impossible date as typed), a ticked box as "true".</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        bool flag => flag ? CheckedValue : "",
        decimal amount => amount.ToString("0.##", _french),
        DateOnly date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>What a ticked checkbox sends; an unticked one sends nothing.</summary>
    public const string CheckedValue = "true";

    public static string RowName(string property, int index, EditorField column) => $"{property}[{index}].{column.Property}";

    /// <summary>The HTML id of a field name ("Contacts[0].Name" → "f-Contacts_0__Name").</summary>
    public static string IdOf(string name) => "f-" + name.Replace('[', '_').Replace(']', '_').Replace('.', '_');

    public string Text(string name) => _values.TryGetValue(name, out var value) ? value.ToString() : "";

    public IReadOnlyList<string> All(string name) =>
        _values.TryGetValue(name, out var value) ? [.. value.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!)] : [];

    /// <summary>How many rows the form holds for a rows field (the highest index sent, plus one).</summary>
    public int RowCount(string property)
    {
        var prefix = property + "[";
        var count = 0;
        foreach (var key in _values.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var end = key.IndexOf(']', prefix.Length);
            if (end > prefix.Length && int.TryParse(key.AsSpan(prefix.Length, end - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < 500)
            {
                count = Math.Max(count, index + 1);
            }
        }
        return count;
    }

    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value.ToString() : null;

    public void Set(string name, string value) => _values[name] = value;

    /// <summary>Puts <paramref name="other"/>'s values of a field (its rows' too) in place of these.</summary>
    public void Replace(string property, EditorValues other)
    {
        bool IsOf(string key) => key == property || key.StartsWith(property + "[", StringComparison.Ordinal);
        foreach (var key in _values.Keys.Where(IsOf).ToList())
        {
            _values.Remove(key);
        }
        foreach (var (key, value) in other._values.Where(v => IsOf(v.Key)))
        {
            _values[key] = value;
        }
    }
}
