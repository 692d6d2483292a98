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

    /// <summary>A record of another kind (a release's press contact), chosen by its title, stored by its key.</summary>
    Record,
}

/// <summary>
/// The parts of a form, each under its heading, in this order whatever the order of the fields
/// (which stays the order of the history's diff and the binder's messages).
/// </summary>
public enum FormSection
{
    /// <summary>What names the item: title, address, summary.</summary>
    Identity,

    /// <summary>What a reader needs first: for a measure, its « L'essentiel »; a release's date and place.</summary>
    Essentials,

    /// <summary>Everything else, the text of the page included; a field's section unless told.</summary>
    Details,

    Contacts,

    Links,

    Sources,
}

/// <summary>One field of a <see cref="ContentKind"/>'s form, named by its entity property.</summary>
public sealed record EditorField(string Property, string Label, FieldKind Kind)
{
    /// <summary>The French headings of <see cref="FormSection"/>.</summary>
    public static string HeadingOf(FormSection section) => section switch
    {
        FormSection.Identity => "Identité",
        FormSection.Essentials => "L'essentiel",
        FormSection.Contacts => "Contacts",
        FormSection.Links => "Liens",
        FormSection.Sources => "Sources",
        _ => "Détails",
    };

    public bool Required { get; init; }

    /// <summary>The part of the form the field is shown in.</summary>
    public FormSection Section { get; init; } = FormSection.Details;

    /// <summary>
    /// The legend of a group of consecutive fields that state one fact together (a measure's
    /// funding: amount, unit, period, text), shown in one fieldset; null for a field on its own.
    /// </summary>
    public string? Group { get; init; }

    /// <summary>The button that adds a row to a <see cref="FieldKind.Rows"/> field (« Ajouter un contact »).</summary>
    public string AddRowLabel { get; init; } = "Ajouter une ligne";

    /// <summary>What one row of a <see cref="FieldKind.Rows"/> field is called (« Contact »): its legend is « Contact 2 ».</summary>
    public string? RowLabel { get; init; }

    public string? Hint { get; init; }

    /// <summary>The enum of a <see cref="FieldKind.Choice"/>, the item type of a reference.</summary>
    public Type? Target { get; init; }

    /// <summary>The list of a <see cref="FieldKind.Terms"/> or <see cref="FieldKind.Term"/> field.</summary>
    public VocabularyList? Vocabulary { get; init; }

    /// <summary>The fields of each row of a <see cref="FieldKind.Rows"/> field.</summary>
    public IReadOnlyList<EditorField> Columns { get; init; } = [];

    /// <summary>The first year a <see cref="FieldKind.Date"/> may have: the portal's content starts in the 2000s.</summary>
    public int FirstYear { get; init; } = 2000;

    /// <summary>How many years after this one a <see cref="FieldKind.Date"/> may reach (a deadline, a planned conference).</summary>
    public int YearsAhead { get; init; } = 5;

    /// <summary>The years a date of this field may have: a typo such as 0026 or 2062 is refused.</summary>
    public (int First, int Last) Years => (FirstYear, DateTime.UtcNow.Year + YearsAhead);

    public static EditorField Text(string property, string label, bool required = false, string? hint = null) =>
        new(property, label, FieldKind.Text) { Required = required, Hint = hint };

    public static EditorField WebAddress(string property, string label) =>
        new(property, label, FieldKind.WebAddress) { Hint = "Adresse complète, commençant par https://" };

    public static EditorField Email(string property, string label) =>
        new(property, label, FieldKind.Email);

    /// <summary>The property holding an item's address, whatever its kind (<see cref="ContentItem.Slug"/>, <see cref="Departement.Slug"/>…).</summary>
    public const string SlugProperty = nameof(ContentItem.Slug);

    public static EditorField Slug(string hint = "La fin de l'adresse web de la page : lettres minuscules sans accent, chiffres et tirets. Laissée vide, elle est tirée du titre. La changer casse les liens déjà partagés.") =>
        new(SlugProperty, "Adresse de la page", FieldKind.Slug) { Required = true, Hint = hint, Section = FormSection.Identity };

    public static EditorField TextArea(string property, string label, string? hint = null) =>
        new(property, label, FieldKind.TextArea) { Hint = hint };

    public static EditorField Markdown(string property, string label) =>
        new(property, label, FieldKind.Markdown) { Hint = "Texte avec une mise en forme simple : voir l'aide à la mise en forme sous le champ." };

    public static EditorField WholeNumber(string property, string label, bool required = false) =>
        new(property, label, FieldKind.WholeNumber) { Required = required };

    public static EditorField DecimalNumber(string property, string label, string? hint = null, bool required = false) =>
        new(property, label, FieldKind.DecimalNumber) { Required = required, Hint = hint };

    public static EditorField Date(string property, string label, bool required = false, string? hint = null) =>
        new(property, label, FieldKind.Date) { Required = required, Hint = hint is null ? DateHint : $"{hint} {DateHint}" };

    /// <summary>Dates are typed, not picked: a date input would drop an impossible one without telling.</summary>
    public const string DateHint = "Au format jj/mm/aaaa, par exemple 31/01/2024.";

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

    /// <summary>A record of <paramref name="itemType"/>'s kind chosen from a list, stored by its key (a press contact's reference).</summary>
    public static EditorField Record(string property, string label, Type itemType) =>
        new(property, label, FieldKind.Record) { Required = true, Target = itemType };

    public static EditorField Rows(string property, string label, string? hint, params EditorField[] columns) =>
        new(property, label, FieldKind.Rows) { Hint = hint, Columns = columns };

    /// <summary>The field, shown in <paramref name="section"/>.</summary>
    public EditorField In(FormSection section) => this with { Section = section };

    /// <summary>A rows field whose rows are called <paramref name="rowLabel"/>, added by <paramref name="addRowLabel"/>.</summary>
    public EditorField Repeating(string rowLabel, string addRowLabel) => this with { RowLabel = rowLabel, AddRowLabel = addRowLabel };

    /// <summary>The fields, shown in <paramref name="section"/>.</summary>
    public static EditorField[] In(FormSection section, params EditorField[] fields) => [.. fields.Select(f => f.In(section))];

    /// <summary>The fields, shown together in one fieldset under <paramref name="legend"/>.</summary>
    public static EditorField[] Grouped(string legend, params EditorField[] fields) => [.. fields.Select(f => f with { Group = legend })];
}
