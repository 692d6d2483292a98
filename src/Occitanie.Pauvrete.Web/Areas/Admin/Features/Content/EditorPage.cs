using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

public sealed record EditorOption(string Value, string Label);

/// <summary>Someone saved the item after this person opened it: what they changed, and where to compare.</summary>
/// <param name="ChangedFields">Labels of the fields changed, « Statut de publication », and <see cref="Verification"/> when someone marked it as checked meanwhile.</param>
public sealed record EditorConflict(string Author, DateTime At, IReadOnlyList<string> ChangedFields, string? ComparePath)
{
    /// <summary>What the conflict lists for a review (« Marquer comme vérifié ») made since the person's version.</summary>
    public const string Verification = "Vérification";

    /// <summary>
    /// The fields both the person and the colleague changed, differently: the form keeps the person's
    /// text there. Every other field the person did not touch now shows the colleague's value.
    /// </summary>
    public IReadOnlyList<string> Clashes { get; init; } = [];

    /// <summary>Only a review happened meanwhile: no field changed.</summary>
    public bool OnlyVerified => ChangedFields is [Verification];
}

/// <summary>The edit (or creation) form of one item.</summary>
public sealed record EditorPage
{
    public required ContentKind Kind { get; init; }

    /// <summary>Null while creating.</summary>
    public Guid? Id { get; init; }

    /// <summary>The item's version the form was filled from: a save is refused if it changed meanwhile.</summary>
    public Guid? Version { get; init; }

    public PublicationStatus Status { get; init; } = PublicationStatus.Draft;

    public string? Title { get; init; }

    public DateTime? UpdatedAt { get; init; }

    public string? UpdatedBy { get; init; }

    public required EditorValues Values { get; init; }

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>Choices of the choice, reference and tag fields, by property.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<EditorOption>> Options { get; init; }

    public EditorConflict? Conflict { get; init; }

    /// <summary>The public page, while the item is published.</summary>
    public string? PublicPath { get; init; }

    /// <summary>Whether the kind is checked against its sources (« Marquer comme vérifié »): its items are <see cref="ContentItem"/>s.</summary>
    public bool CanVerify => Id is not null && Kind.EntityType.IsAssignableTo(typeof(ContentItem));

    /// <summary>« Marquer comme vérifié » checks the published item; the form shows the pending version when there is one, so it is offered only without.</summary>
    public bool ShowsVerify => CanVerify && !HasPendingVersion;

    /// <summary>When and by whom the item was last checked; null until then.</summary>
    public DateOnly? VerifiedOn { get; init; }

    public string? VerifiedBy { get; init; }

    /// <summary>The page answers « Marquer comme vérifié », refused (<see cref="Conflict"/> or <see cref="UnsavedFields"/>).</summary>
    public bool Verifying { get; init; }

    /// <summary>The review was refused because the form holds changes not saved: the labels of those fields.</summary>
    public IReadOnlyList<string> UnsavedFields { get; init; } = [];

    /// <summary>The rows field whose « Ajouter… » button was pressed: it shows one row more than the form sent.</summary>
    public string? RowAddedTo { get; init; }

    /// <summary>
    /// How many rows a rows field shows: the rows the item has or the form sent (empty ones too, so a
    /// refused save shows no more rows than before), at least one, and one more after « Ajouter… ».
    /// </summary>
    public int RowsShown(EditorField field) => Math.Max(Values.RowCount(field.Property), 1) + (RowAddedTo == field.Property ? 1 : 0);

    /// <summary>The form's parts in <see cref="FormSection"/> order, each with its fields in the kind's order.</summary>
    public IReadOnlyList<IGrouping<FormSection, EditorField>> Sections => [.. Kind.Fields.GroupBy(f => f.Section).OrderBy(g => g.Key)];

    /// <summary>When the item's pending version was saved (decision 0013): the form shows that version. Null when it has none.</summary>
    public DateTime? PendingSavedAt { get; init; }

    public string? PendingSavedBy { get; init; }

    public bool HasPendingVersion => PendingSavedAt is not null;

    /// <summary>« Programmé pour le … » (decision 0019); null when nothing is scheduled.</summary>
    public string? Scheduled { get; init; }

    public string Heading => Id is null ? Kind.NewLabel : Title ?? Kind.SingularCapitalized;

    public string Action => Id is { } id ? Kind.EditPath(id) : Kind.NewPath;

    public IReadOnlyList<EditorOption> OptionsOf(EditorField field) => Options.TryGetValue(field.Property, out var options) ? options : [];

    public string? ErrorOf(string name) => Errors.TryGetValue(name, out var error) ? error : null;
}

/// <summary>The list of one kind's items.</summary>
public sealed record ContentListPage(
    ContentKind Kind,
    IReadOnlyList<ContentListRow> Rows,
    int Total,
    string? Query,
    string? Status,
    EditorField? FilterField,
    IReadOnlyList<EditorOption> FilterOptions,
    string? Filter)
{
    /// <summary>« titre », « date » or « modification ».</summary>
    public string Sort { get; init; } = "titre";

    /// <summary>Why the list's action did nothing (nothing was ticked); null otherwise.</summary>
    public string? Error { get; init; }

    /// <summary>The kind's own date, shown in a column of its own; null for kinds without one.</summary>
    public EditorField? DateField { get; init; }
}

public sealed record ContentListRow(Guid Id, string Title, string Key, PublicationStatus Status, DateTime UpdatedAt, string UpdatedBy)
{
    /// <summary>« Programmé pour le … » (decision 0019); null when nothing is scheduled.</summary>
    public string? Scheduled { get; init; }

    /// <summary>The item's own date (<see cref="ContentListPage.DateField"/>).</summary>
    public DateOnly? Date { get; init; }
}

/// <summary>French names of the values staff choose from.</summary>
public static class ChoiceLabels
{
    private static readonly Dictionary<Enum, string> _labels = new()
    {
        [WorkshopKind.Atelier] = "Atelier",
        [WorkshopKind.TableRonde] = "Table-ronde",
        [WorkshopKind.AtelierPartenaire] = "Atelier partenaire",
        [DatePrecision.Day] = "Au jour près",
        [DatePrecision.Month] = "Au mois près",
        [DatePrecision.Year] = "À l'année près",
        [SpeakerKind.Animateur] = "Animateur",
        [SpeakerKind.Intervenant] = "Intervenant",
        [SpeakerKind.Participant] = "Participant",
        [HelpKind.StructureToReplicate] = "Structure à démultiplier",
        [HelpKind.SchemeToDirectPeopleTo] = "Dispositif vers lequel orienter des publics",
        [HelpKind.Grant] = "Aide financière à la collectivité",
        [FundingRuleKind.PerUnit] = "Montant par unité comptée (le « Montant en euros », par repas, par structure…)",
        [FundingRuleKind.ShareOfSpending] = "Part des dépenses",
        [PublicationStatus.Draft] = "Brouillon",
        [PublicationStatus.Published] = "Publié",
        [PublicationStatus.Deleted] = "Corbeille",
    };

    public static string Of(Enum value) => _labels.TryGetValue(value, out var label) ? label : value.ToString();

    /// <summary>What an optional choice offers besides the enum's values: nothing known, stored as null. Shown in the admin only.</summary>
    public const string NotGiven = "Non renseigné";

    public static IReadOnlyList<EditorOption> For(Type enumType) =>
        [.. Enum.GetValues(enumType).Cast<Enum>().Select(v => new EditorOption(v.ToString(), Of(v)))];

    /// <summary>The choices of a choice field: the enum's values, after « Non renseigné » when the field is optional.</summary>
    public static IReadOnlyList<EditorOption> For(EditorField field) =>
        field.Required ? For(field.Target!) : [new EditorOption("", NotGiven), .. For(field.Target!)];
}

/// <summary>One field of the form at one name (a column of a row has its own).</summary>
public sealed record EditorFieldView(EditorPage Page, EditorField Field, string Name, IReadOnlyList<EditorOption> Options)
{
    public string Id => EditorValues.IdOf(Name);

    public string? Error => Page.ErrorOf(Name);

    public string Value => Page.Values.Text(Name);

    public string? DescribedBy => string.Join(' ', new[] { Field.Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.Where(s => s is not null)) is { Length: > 0 } ids ? ids : null;
}
