using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Intentions;

/// <summary>A measure that answers the intention, with what the State funds in one line.</summary>
public sealed record IntentionMeasure(string Slug, string Title, string? Summary, string? Funding, int? AxisNumber, string? AxisTitle);

public sealed record IntentionSpeaker(string Name, string? Role);

/// <summary>A session of the guide: "Atelier n°1", where it was held and who spoke.</summary>
public sealed record IntentionWorkshop(WorkshopKind Kind, string Label, string Slug, string Title, string Where, IReadOnlyList<IntentionSpeaker> Speakers);

/// <summary>A contact of the intention's measures, once even when several measures give it, with the measures it answers for.</summary>
public sealed record IntentionContact(Contact Contact, IReadOnlyList<string> ForMeasures);

public sealed record IntentionViewModel(string Phrase, string? Summary)
    : PageViewModel(Phrase, Summary ?? Phrase)
{
    public required string Body { get; init; }

    public required string? EditorNote { get; init; }

    public required IReadOnlyList<string> Aliases { get; init; }

    public required IReadOnlyList<IntentionMeasure> Measures { get; init; }

    public required IReadOnlyList<IntentionWorkshop> Workshops { get; init; }

    public required IReadOnlyList<IntentionContact> Contacts { get; init; }

    public required IReadOnlyList<SourceCitation> Sources { get; init; }
}
