using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// The generic editor finds each field's property by name at run time: a descriptor naming a
/// property that is missing, read-only or of another type compiles, and fails only when staff
/// open or save the form. This reads every descriptor against the entities and the EF model.
/// </summary>
public sealed class ContentKindFieldsTests
{
    private static readonly IModel _model = DesignTimeModel();

    public static TheoryData<string> Kinds() => [.. ContentKinds.All.Select(k => k.Slug)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_field_binds_to_a_writable_property_of_a_type_its_editor_can_fill(string slug)
    {
        var kind = ContentKinds.BySlug(slug)!;

        Assert.Empty(Problems(kind));
    }

    [Fact]
    public void A_field_with_no_property_a_read_only_one_one_of_another_type_or_an_optional_choice_of_a_non_nullable_enum_is_reported()
    {
        var broken = new ContentKind("essai", typeof(Measure), "essai", "essais", Feminine: false, nameof(Measure.Title), _ => null,
        [
            EditorField.Text("Titre", "Titre"),
            EditorField.Text(nameof(Measure.Key), "Clé"),
            EditorField.WholeNumber(nameof(Measure.FundingAmount), "Montant"),
            EditorField.Reference(nameof(Measure.AxisId), "Axe", typeof(Intention), required: true),
            EditorField.Rows(nameof(Measure.Contacts), "Contacts", null, EditorField.Date(nameof(Contact.Phone), "Téléphone")),
            EditorField.Checkbox(nameof(Measure.Territory), "Territoire"),
            EditorField.Choice(nameof(Measure.Status), "Statut", typeof(PublicationStatus), required: false),
        ]);

        var problems = Problems(broken);

        Assert.Equal(7, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Measure.Territory:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Measure.Status:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Measure.Titre:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Measure.Key:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Measure.FundingAmount:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Measure.AxisId:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Contact.Phone:", StringComparison.Ordinal));
    }

    /// <summary>The model as the portal builds it; no database is opened.</summary>
    private static IModel DesignTimeModel()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        return db.Model;
    }

    private static List<string> Problems(ContentKind kind)
    {
        var problems = new List<string>();
        var entity = _model.FindEntityType(kind.EntityType);
        if (entity is null)
        {
            return [$"{kind.EntityType.Name} is not in the EF model."];
        }
        if (kind.EntityType.GetProperty(kind.TitleProperty)?.PropertyType != typeof(string))
        {
            problems.Add($"{kind.EntityType.Name}.{kind.TitleProperty}: the title property is not a string.");
        }
        if (kind.Fields.FirstOrDefault(f => f.Kind == FieldKind.Slug) is { } slug && slug.Property != EditorField.SlugProperty)
        {
            problems.Add($"{kind.EntityType.Name}.{slug.Property}: the address field must be {EditorField.SlugProperty}.");
        }
        Check(kind.Fields, entity, problems);
        return problems;
    }

    /// <param name="owner">The entity, or the owned type of a row.</param>
    private static void Check(IReadOnlyList<EditorField> fields, IReadOnlyEntityType owner, List<string> problems)
    {
        foreach (var duplicate in fields.GroupBy(f => f.Property).Where(g => g.Count() > 1))
        {
            problems.Add($"{owner.ClrType.Name}.{duplicate.Key}: {duplicate.Count()} fields for one property.");
        }
        foreach (var field in fields)
        {
            var property = owner.ClrType.GetProperty(field.Property);
            if (property is null || property.GetSetMethod() is null || property.GetGetMethod() is null)
            {
                problems.Add($"{owner.ClrType.Name}.{field.Property}: no public property to read and write.");
                continue;
            }
            if (Mismatch(field, property, owner) is { } problem)
            {
                problems.Add($"{owner.ClrType.Name}.{field.Property}: {problem}");
            }
            if (field.Kind == FieldKind.Rows && owner.FindNavigation(field.Property)?.TargetEntityType is { } row)
            {
                Check(field.Columns, row, problems);
            }
        }
    }

    /// <summary>What is wrong with the field's property for its kind of field; null when the editor can fill it.</summary>
    private static string? Mismatch(EditorField field, PropertyInfo property, IReadOnlyEntityType owner)
    {
        var type = property.PropertyType;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var nullable = Nullable.GetUnderlyingType(type) is not null;
        if ((field.Target is not null) != (field.Kind is FieldKind.Choice or FieldKind.Reference or FieldKind.References or FieldKind.Record))
        {
            return "only a choice or a reference names a target.";
        }
        if ((field.Vocabulary is not null) != (field.Kind is FieldKind.Terms or FieldKind.Term))
        {
            return "only a vocabulary field names a vocabulary, and it needs one.";
        }
        if ((field.Columns.Count > 0) != (field.Kind == FieldKind.Rows))
        {
            return "only rows have columns, and rows need some.";
        }
        switch (field.Kind)
        {
            case FieldKind.Text or FieldKind.WebAddress or FieldKind.Email or FieldKind.Slug or FieldKind.TextArea or FieldKind.Markdown or FieldKind.SourceDocument or FieldKind.Record:
                return type == typeof(string) ? Stored(field, owner) : $"a text field needs a string, not {type.Name}.";
            case FieldKind.WholeNumber:
                return underlying == typeof(int) ? Stored(field, owner) : $"a whole number needs an int, not {type.Name}.";
            case FieldKind.DecimalNumber:
                return underlying == typeof(decimal) ? Stored(field, owner) : $"a decimal number needs a decimal, not {type.Name}.";
            case FieldKind.Date:
                return underlying == typeof(DateOnly) ? Stored(field, owner) : $"a date needs a DateOnly, not {type.Name}.";
            case FieldKind.Checkbox:
                return type == typeof(bool) ? Stored(field, owner) : $"a checkbox needs a bool, not {type.Name}.";
            case FieldKind.Choice:
                if (field.Target is not { IsEnum: true } || underlying != field.Target)
                {
                    return $"a choice needs the enum {field.Target?.Name}, not {type.Name}.";
                }
                return !field.Required && !nullable ? "an optional choice needs a nullable enum (« Non renseigné » is stored as null)." : Stored(field, owner);
            case FieldKind.Reference:
                if (underlying != typeof(Guid))
                {
                    return $"a reference needs a Guid, not {type.Name}.";
                }
                if (!nullable && !field.Required)
                {
                    return "an optional reference needs a Guid? (an empty choice is stored as null).";
                }
                var key = owner.GetForeignKeys().FirstOrDefault(fk => fk.Properties is [{ } only] && only.Name == field.Property);
                return key is not null && key.PrincipalEntityType.ClrType == field.Target && key.DependentToPrincipal is not null
                    ? null
                    : $"no navigation to {field.Target?.Name} through this foreign key.";
            case FieldKind.References:
                var link = owner.FindSkipNavigation(field.Property);
                return link?.TargetEntityType.ClrType == field.Target && type == typeof(List<>).MakeGenericType(field.Target!)
                    ? null
                    : $"references need a many-to-many List<{field.Target?.Name}>.";
            case FieldKind.Terms or FieldKind.Lines:
                return type == typeof(List<string>) ? Stored(field, owner) : $"terms and lines need a List<string>, not {type.Name}.";
            case FieldKind.Term:
                return type == typeof(string) ? Stored(field, owner) : $"a term needs a string, not {type.Name}.";
            case FieldKind.Rows:
                var rows = owner.FindNavigation(field.Property);
                return rows is { IsCollection: true } && rows.TargetEntityType.IsOwned() && type == typeof(List<>).MakeGenericType(rows.TargetEntityType.ClrType)
                    ? null
                    : "rows need a List of an owned type.";
            default:
                return $"no check for {field.Kind}.";
        }
    }

    /// <summary>A value the editor sets must be a column, or nothing would be saved.</summary>
    private static string? Stored(EditorField field, IReadOnlyEntityType owner) =>
        owner.FindProperty(field.Property) is null && owner.FindNavigation(field.Property) is null ? "not stored: the EF model ignores it." : null;
}
