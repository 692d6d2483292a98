using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Data.Import;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

/// <summary>How a field is edited.</summary>
public enum FieldKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>A web address (http or https only: nothing else may become a link on the site).</summary>
    WebAddress,

    Email,

    /// <summary>The item's address: lowercase letters, digits and hyphens.</summary>
    Slug,

    /// <summary>Plain text on several lines.</summary>
    TextArea,

    /// <summary>Markdown, with a preview rendered by the public site's pipeline.</summary>
    Markdown,

    WholeNumber,

    DecimalNumber,

    Date,

    /// <summary>Yes or no, as one checkbox.</summary>
    Checkbox,

    /// <summary>One value of an enum, as radio buttons; an optional one adds « Non renseigné » (null).</summary>
    Choice,

    /// <summary>Another item, by its id (an atelier's intention), as a select.</summary>
    Reference,

    /// <summary>Several other items (a measure's intentions), as checkboxes.</summary>
    References,

    /// <summary>Several labels of a controlled vocabulary (content/reference/vocabulaires.yml: publics, porteurs, applicants), as checkboxes.</summary>
    Terms,

    /// <summary>One label of a controlled vocabulary (a contact's departmental service), as a select.</summary>
    Term,

    /// <summary>Several free lines (other wordings of an intention).</summary>
    Lines,

    /// <summary>A list of small records (contacts, intervenants, programme lines) with their own fields.</summary>
    Rows,

    /// <summary>One of the portal's source documents (« sources »), chosen by its title, stored by its reference.</summary>
    SourceDocument,
}

/// <summary>One field of a <see cref="ContentKind"/>'s form, named by its entity property.</summary>
public sealed record EditorField(string Property, string Label, FieldKind Kind)
{
    public bool Required { get; init; }

    public string? Hint { get; init; }

    /// <summary>The enum of a <see cref="FieldKind.Choice"/>, the item type of a reference.</summary>
    public Type? Target { get; init; }

    /// <summary>The list of a <see cref="FieldKind.Terms"/> or <see cref="FieldKind.Term"/> field.</summary>
    public VocabularyList? Vocabulary { get; init; }

    /// <summary>The fields of each row of a <see cref="FieldKind.Rows"/> field.</summary>
    public IReadOnlyList<EditorField> Columns { get; init; } = [];

    public static EditorField Text(string property, string label, bool required = false, string? hint = null) =>
        new(property, label, FieldKind.Text) { Required = required, Hint = hint };

    public static EditorField WebAddress(string property, string label) =>
        new(property, label, FieldKind.WebAddress) { Hint = "Adresse complète, commençant par https://" };

    public static EditorField Email(string property, string label) =>
        new(property, label, FieldKind.Email);

    /// <summary>The property holding an item's address, whatever its kind (<see cref="ContentItem.Slug"/>, <see cref="Departement.Slug"/>…).</summary>
    public const string SlugProperty = nameof(ContentItem.Slug);

    public static EditorField Slug(string hint = "Lettres minuscules sans accent, chiffres et tirets ; vide : tirée du titre. La changer casse les liens existants.") =>
        new(SlugProperty, "Adresse (slug)", FieldKind.Slug) { Required = true, Hint = hint };

    public static EditorField TextArea(string property, string label, string? hint = null) =>
        new(property, label, FieldKind.TextArea) { Hint = hint };

    public static EditorField Markdown(string property, string label) =>
        new(property, label, FieldKind.Markdown) { Hint = "Markdown : **gras**, *italique*, [lien](https://…), listes avec « - ». Le HTML n'est pas interprété." };

    public static EditorField WholeNumber(string property, string label, bool required = false) =>
        new(property, label, FieldKind.WholeNumber) { Required = required };

    public static EditorField DecimalNumber(string property, string label, string? hint = null, bool required = false) =>
        new(property, label, FieldKind.DecimalNumber) { Required = required, Hint = hint };

    public static EditorField Date(string property, string label, bool required = false, string? hint = null) =>
        new(property, label, FieldKind.Date) { Required = required, Hint = hint };

    public static EditorField Checkbox(string property, string label, string? hint = null) =>
        new(property, label, FieldKind.Checkbox) { Hint = hint };

    /// <param name="required">False for a nullable enum: the form then offers « Non renseigné », stored as null.</param>
    public static EditorField Choice(string property, string label, Type enumType, string? hint = null, bool required = true) =>
        new(property, label, FieldKind.Choice) { Required = required, Target = enumType, Hint = hint };

    public static EditorField Reference(string property, string label, Type itemType, bool required = false, string? hint = null) =>
        new(property, label, FieldKind.Reference) { Required = required, Target = itemType, Hint = hint };

    public static EditorField References(string property, string label, Type itemType) =>
        new(property, label, FieldKind.References) { Target = itemType };

    public static EditorField Terms(string property, string label, VocabularyList vocabulary, string? hint = null) =>
        new(property, label, FieldKind.Terms) { Vocabulary = vocabulary, Hint = hint };

    public static EditorField Term(string property, string label, VocabularyList vocabulary, bool required = false, string? hint = null) =>
        new(property, label, FieldKind.Term) { Vocabulary = vocabulary, Required = required, Hint = hint };

    public static EditorField Lines(string property, string label, string? hint = null) =>
        new(property, label, FieldKind.Lines) { Hint = hint };

    public static EditorField SourceDocument(string property, string label, string? hint = null) =>
        new(property, label, FieldKind.SourceDocument) { Required = true, Hint = hint };

    public static EditorField Rows(string property, string label, string? hint, params EditorField[] columns) =>
        new(property, label, FieldKind.Rows) { Hint = hint, Columns = columns };
}
