using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Intentions;

/// <summary>A session of the guide where a measure was presented: "Atelier n°1, Capendu (Aude)".</summary>
public sealed record IntentionMeasureSession(string Label, string Slug, string Where);

/// <summary>
/// A measure that answers the intention, as a compact card: what the State funds in one line, whom
/// to call when the data names someone, and the guide's sessions of this intention that presented it.
/// </summary>
public sealed record IntentionMeasure(
    string Slug,
    string Title,
    MeasureFunding Funding,
    int? AxisNumber,
    string? AxisTitle,
    string? ContactName,
    IReadOnlyList<IntentionMeasureSession> PresentedAt)
{
    /// <summary>The funding in one line (<see cref="MeasureFunding.Fact"/>).</summary>
    public string? FundingFact => Funding.Fact;
}

public sealed record IntentionSpeaker(string Name, string? Role);

/// <summary>A session of the guide: "Atelier n°1", where it was held, when, and who spoke.</summary>
public sealed record IntentionWorkshop(WorkshopKind Kind, string Label, string Slug, string Title, string Where, string? HeldOn, IReadOnlyList<IntentionSpeaker> Speakers);

/// <summary>A contact of the intention's measures, once even when several measures give it, with the measures it answers for.</summary>
public sealed record IntentionContact(Contact Contact, IReadOnlyList<string> ForMeasures);

public sealed record IntentionViewModel(string Phrase, string? Summary)
    : PageViewModel(Phrase, Summary ?? Phrase)
{
    public required string Body { get; init; }

    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>The measures the guide ties to the intention (presented at its sessions), in the guide's order.</summary>
    public required IReadOnlyList<IntentionMeasure> GuideMeasures { get; init; }

    /// <summary>The intention's other measures, in French alphabetical order.</summary>
    public required IReadOnlyList<IntentionMeasure> OtherMeasures { get; init; }

    public required IReadOnlyList<IntentionWorkshop> Workshops { get; init; }

    public required IReadOnlyList<IntentionContact> Contacts { get; init; }

    public required ItemSources Sources { get; init; }

    public int MeasureCount => GuideMeasures.Count + OtherMeasures.Count;
}

/// <summary>One intention on the list of intentions: its phrase, summary and what answers it.</summary>
public sealed record IntentionListItem(string Slug, string Phrase, string? Summary, int Measures, int Workshops);

public sealed record IntentionsViewModel(IReadOnlyList<IntentionListItem> Intentions)
    : PageViewModel(
        IntentionsTitle,
        "Partez de ce que vous voulez faire pour votre commune : les mesures de l'État qui y répondent, les communes qui l'ont déjà fait et qui contacter.")
{
    public const string IntentionsTitle = "Je souhaite…";
}
