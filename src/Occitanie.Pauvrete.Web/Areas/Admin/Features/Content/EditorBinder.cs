using System.Collections;
using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

/// <summary>
/// Puts a form's values on a tracked item, checking each against its field and the database model
/// (required, length, number, date, existing reference, unique value); every problem is reported in
/// French under the field's name, and nothing is saved while there is one.
/// </summary>
/// <param name="vocabulary">The controlled lists of <see cref="FieldKind.Terms"/> and <see cref="FieldKind.Term"/> fields.</param>
public sealed partial class EditorBinder(PortalDbContext db, ContentVocabulary vocabulary)
{
    private static readonly CultureInfo _french = CultureInfo.GetCultureInfo("fr-FR");

    /// <returns>The errors by field name; empty when the item took every value.</returns>
    public async Task<Dictionary<string, string>> ApplyAsync(ContentKind kind, EditableEntity item, EditorValues values, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var entityType = db.Model.FindEntityType(kind.EntityType)!;
        foreach (var field in kind.Fields)
        {
            switch (field.Kind)
            {
                case FieldKind.References:
                    await ApplyReferencesAsync(field, item, values, errors, cancellationToken);
                    break;
                case FieldKind.Reference:
                    await ApplyReferenceAsync(field, item, values, errors, cancellationToken);
                    break;
                case FieldKind.Rows:
                    ApplyRows(field, entityType.FindNavigation(field.Property)!.TargetEntityType, item, values, errors);
                    break;
                case FieldKind.Terms:
                    Set(item, field.Property, Terms(field, item, values));
                    break;
                case FieldKind.Lines:
                    Set(item, field.Property, values.Text(field.Property).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList());
                    break;
                default:
                    var text = field.Kind == FieldKind.Slug ? SlugText(kind, values) : TextOf(field, values.Text(field.Property));
                    if (field.Kind == FieldKind.Slug && text.Length == 0 && values.Text(kind.TitleProperty).Trim().Length == 0)
                    {
                        // Both empty: the title's error says it all, the address will follow the title.
                        break;
                    }
                    if (Parse(field, entityType.FindProperty(field.Property), item.GetType(), text, out var value) is { } error)
                    {
                        errors[field.Property] = error;
                    }
                    else
                    {
                        Set(item, field.Property, value);
                    }
                    break;
            }
        }
        CheckOneAmount(item, errors);
        CheckFundingRule(item, errors);
        if (errors.Count == 0)
        {
            await CheckUniqueAsync(kind, item, errors, cancellationToken);
        }
        return errors;
    }

    /// <summary>
    /// The address typed, or made from the title when it is empty (staff need not know what a slug
    /// is). The form keeps it empty: refused and corrected, the address follows the new title.
    /// </summary>
    private static string SlugText(ContentKind kind, EditorValues values) =>
        values.Text(EditorField.SlugProperty).Trim() is { Length: > 0 } typed ? typed : Slugs.From(values.Text(kind.TitleProperty));

    /// <summary>
    /// A measure's amount has one place, « Montant en euros »: a funding sentence that cites another
    /// amount is refused, so a changed amount never leaves the old « 3 € » beside the new « 4 € ».
    /// </summary>
    private static void CheckOneAmount(EditableEntity item, Dictionary<string, string> errors)
    {
        if (item is Measure { FundingAmount: { } amount, Funding: { } line }
            && !errors.ContainsKey(nameof(Measure.FundingAmount))
            && MeasureFunding.AmountsIn(line) is { Count: > 0 } stated && !stated.Contains(amount))
        {
            errors.TryAdd(nameof(Measure.Funding),
                $"La ligne cite {FrenchFormat.Euros(stated[0])} alors que le montant est {FrenchFormat.Euros(amount)} : accordez la ligne au montant, ou retirez-en le chiffre.");
        }
    }

    /// <summary>A rule of calculation the estimate can use (<see cref="FundingRule.Problems"/>, the importer's check too).</summary>
    private static void CheckFundingRule(EditableEntity item, Dictionary<string, string> errors)
    {
        if (item is Measure measure)
        {
            foreach (var (property, message) in FundingRule.Problems(measure.FundingRule, measure.FundingAmount, measure.FundingRuleQuantity, measure.FundingRuleShare, measure.FundingRuleYears, measure.FundingRuleCap))
            {
                errors.TryAdd(property, message);
            }
        }
    }

    /// <summary>
    /// Reads one text into the property's type; returns the error, or null. An empty text is null
    /// where the model allows it (<paramref name="property"/>'s nullability, from the entity's or the
    /// row's EF type), so an optional field left empty stays as the database had it.
    /// </summary>
    private static string? Parse(EditorField field, IReadOnlyProperty? property, Type itemType, string text, out object? value)
    {
        value = null;
        var clrType = itemType.GetProperty(field.Property)!.PropertyType;
        var nullable = Nullable.GetUnderlyingType(clrType) is not null || property is { IsNullable: true };
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        // Several lines are kept as typed (a final line break included, as the content files have
        // it), one line is trimmed.
        text = (field.Kind is FieldKind.Markdown or FieldKind.TextArea) && text.Trim().Length > 0 ? text.ReplaceLineEndings("\n") : text.Trim();
        if (type == typeof(bool))
        {
            // An unticked box sends nothing: no value is « no », never a missing one.
            value = text == EditorValues.CheckedValue;
            return null;
        }
        if (text.Length == 0)
        {
            if (field.Required)
            {
                return $"Le champ « {field.Label} » est obligatoire.";
            }
            value = type == typeof(string) ? (nullable ? null : "") : null;
            return !nullable && type != typeof(string) ? $"Le champ « {field.Label} » est obligatoire." : null;
        }
        if (type == typeof(string))
        {
            if (property?.GetMaxLength() is { } max && text.Length > max)
            {
                return $"« {field.Label} » compte {text.Length} caractères : {max} au plus.";
            }
            if (field.Kind == FieldKind.Markdown && MarkdownRenderer.Check(text) is { } problem)
            {
                return $"« {field.Label} » ne peut pas être enregistré\u00A0: {MarkdownLimits.FrenchReason(problem, text)}";
            }
            if (field.Kind == FieldKind.WebAddress && !WebAddress.IsSafe(text))
            {
                return $"« {field.Label} » doit être une adresse web complète, commençant par https:// (ou http://).";
            }
            if (field.Kind == FieldKind.Email && !MailAddress.TryCreate(text, out _))
            {
                return $"« {field.Label} » n'est pas une adresse électronique valide (format attendu : nom@domaine.fr).";
            }
            if (field.Kind == FieldKind.Slug && !SlugPattern().IsMatch(text))
            {
                return "L'adresse ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets (par exemple « cantine-a-1-euro »).";
            }
            value = text;
            return null;
        }
        if (type == typeof(int))
        {
            if (int.TryParse(text, NumberStyles.Integer, _french, out var number))
            {
                value = number;
                return null;
            }
            return $"« {field.Label} » doit être un nombre entier, par exemple « 3 ».";
        }
        if (type == typeof(decimal))
        {
            var normalized = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal).Replace('.', ',').TrimEnd('€').Trim();
            if (decimal.TryParse(normalized, NumberStyles.Number, _french, out var amount))
            {
                value = amount;
                return null;
            }
            return $"« {field.Label} » doit être un nombre, par exemple « 15000 » ou « 1,30 ».";
        }
        if (type == typeof(DateOnly))
        {
            return ParseDate(field, text, out value);
        }
        if (type.IsEnum)
        {
            if (Enum.GetNames(type).Contains(text, StringComparer.Ordinal))
            {
                value = Enum.Parse(type, text);
                return null;
            }
            return $"Choisissez une valeur pour « {field.Label} ».";
        }
        throw new NotSupportedException($"{itemType.Name}.{field.Property}: no editor for {type.Name}.");
    }

    /// <summary>
    /// A date as staff type it (31/01/2024, 31/1/2024) or as a date input sends it (2024-01-31). A day
    /// that does not exist (31/02/2024) is said to be impossible, a year outside the field's range
    /// (0026 for 2026, 2062) is refused; the form keeps what was typed in both cases.
    /// </summary>
    private static string? ParseDate(EditorField field, string text, out object? value)
    {
        value = null;
        if (DatePattern().Match(text) is not { Success: true } match)
        {
            return $"« {field.Label} » doit être une date, au format jj/mm/aaaa (par exemple 31/01/2024).";
        }
        var iso = match.Groups["year"].Success;
        var day = int.Parse(match.Groups[iso ? "isoDay" : "day"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[iso ? "isoMonth" : "month"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups[iso ? "year" : "frenchYear"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month))
        {
            return $"« {field.Label} » : date impossible, le {text} n'existe pas dans le calendrier.";
        }
        var (first, last) = field.Years;
        if (year < first || year > last)
        {
            return $"« {field.Label} » : l'année {match.Groups[iso ? "year" : "frenchYear"].Value} n'est pas plausible ici ; saisissez une année entre {first.ToString(CultureInfo.InvariantCulture)} et {last.ToString(CultureInfo.InvariantCulture)}.";
        }
        value = new DateOnly(year, month, day);
        return null;
    }

    private async Task ApplyReferenceAsync(EditorField field, EditableEntity item, EditorValues values, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var text = values.Text(field.Property).Trim();
        if (text.Length == 0)
        {
            if (field.Required)
            {
                errors[field.Property] = $"Choisissez une valeur pour « {field.Label} ».";
            }
            else
            {
                Set(item, field.Property, null);
            }
            return;
        }
        if (!Guid.TryParse(text, out var id) || await db.FindAsync(field.Target!, [id], cancellationToken) is null)
        {
            errors[field.Property] = $"La valeur choisie pour « {field.Label} » n'existe plus : choisissez-en une autre.";
            return;
        }
        Set(item, field.Property, id);
    }

    private async Task ApplyReferencesAsync(EditorField field, EditableEntity item, EditorValues values, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var ids = values.All(field.Property).Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).Distinct().ToList();
        var collection = db.Entry(item).Collection(field.Property);
        if (!collection.IsLoaded && db.Entry(item).State != EntityState.Added)
        {
            await collection.LoadAsync(cancellationToken);
        }
        var chosen = new List<EditableEntity>();
        foreach (var id in ids)
        {
            if (id == Guid.Empty || await db.FindAsync(field.Target!, [id], cancellationToken) is not EditableEntity linked)
            {
                errors[field.Property] = $"Un des éléments cochés pour « {field.Label} » n'existe plus : vérifiez la liste.";
                return;
            }
            chosen.Add(linked);
        }
        var list = (IList)(collection.CurrentValue ?? throw new InvalidOperationException($"{field.Property} is not initialised."));
        foreach (var gone in list.Cast<EditableEntity>().Where(l => !ids.Contains(l.Id)).ToList())
        {
            list.Remove(gone);
        }
        foreach (var added in chosen.Where(c => !list.Cast<EditableEntity>().Any(l => l.Id == c.Id)))
        {
            list.Add(added);
        }
    }

    /// <summary>
    /// The ticked labels. The form lists the vocabulary in its file's order: the item's labels keep
    /// their own order (the source's), new ones come after them.
    /// </summary>
    private List<string> Terms(EditorField field, EditableEntity item, EditorValues values)
    {
        var chosen = values.All(field.Property).Select(t => TextOf(field, t)).Where(t => t.Length > 0).ToList();
        var current = (IEnumerable<string>?)item.GetType().GetProperty(field.Property)!.GetValue(item) ?? [];
        return [.. current.Where(t => chosen.Contains(t, StringComparer.OrdinalIgnoreCase))
            .Concat(chosen)
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// A vocabulary field's value as its label (another wording of the list, in any case, becomes its
    /// label). A word the list lacks is kept as it is: only an item's own older value can be one
    /// (the form offers nothing else), and dropping it would lose it without anyone choosing to.
    /// </summary>
    private string TextOf(EditorField field, string text) =>
        field.Vocabulary is not { } list ? text
        : vocabulary.Label(list, text) is { } label ? label
        : text.Trim();

    /// <summary>Rows left entirely empty are dropped: that is how a row is removed, and how the blank ones stay unused.</summary>
    /// <param name="rowModel">The rows' owned type in the EF model: which columns may be null.</param>
    private void ApplyRows(EditorField field, IReadOnlyEntityType rowModel, EditableEntity item, EditorValues values, Dictionary<string, string> errors)
    {
        var rowType = rowModel.ClrType;
        var rows = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(rowType))!;
        for (var index = 0; index < values.RowCount(field.Property); index++)
        {
            var names = field.Columns.Select(c => EditorValues.RowName(field.Property, index, c)).ToList();
            if (names.All(n => values.Text(n).Trim().Length == 0 || IsDefaultChoice(field, n, values)))
            {
                continue;
            }
            var row = Activator.CreateInstance(rowType)!;
            foreach (var (column, name) in field.Columns.Zip(names))
            {
                if (Parse(column, rowModel.FindProperty(column.Property), rowType, TextOf(column, values.Text(name)), out var value) is { } error)
                {
                    errors[name] = $"{field.Label}, ligne {index + 1} : {error}";
                }
                else
                {
                    rowType.GetProperty(column.Property)!.SetValue(row, value);
                }
            }
            rows.Add(row);
        }
        Set(item, field.Property, rows);
    }

    /// <summary>A choice column (an intervenant's role) always has a value: it alone does not make a row.</summary>
    private static bool IsDefaultChoice(EditorField field, string name, EditorValues values) =>
        field.Columns.FirstOrDefault(c => name.EndsWith("." + c.Property, StringComparison.Ordinal)) is { Kind: FieldKind.Choice };

    private async Task CheckUniqueAsync(ContentKind kind, EditableEntity item, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (await UniqueValues.FindClashAsync(db, db.Entry(item), cancellationToken) is { } clash)
        {
            var field = kind.FieldOf(clash.Properties[^1].Name) ?? kind.FieldOf(clash.Properties[0].Name);
            var where = clash.Other.Status == PublicationStatus.Deleted ? " (dans la corbeille)" : "";
            errors[field?.Property ?? clash.Properties[0].Name] = $"« {field?.Label ?? clash.Properties[0].Name} » : cette valeur est déjà celle de « {kind.TitleOf(clash.Other)} »{where}.";
        }
    }

    /// <summary>
    /// Sets the value unless the item already has an equal one: an amount stored as 3.0 stays 3.0
    /// when the form sends « 3 », so an unchanged form leaves the item exactly as it was.
    /// </summary>
    private static void Set(EditableEntity item, string property, object? value)
    {
        var info = item.GetType().GetProperty(property)!;
        if (!Equals(info.GetValue(item), value))
        {
            info.SetValue(item, value);
        }
    }

    [GeneratedRegex(@"^(?:(?<day>\d{1,2})/(?<month>\d{1,2})/(?<frenchYear>\d{4})|(?<year>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2}))$")]
    private static partial Regex DatePattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
