using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Workshops;

/// <summary>A département, linking to the list of its sessions.</summary>
public sealed record DepartementLink(string Code, string Name)
{
    public string Label => $"{Name} ({Code})";

    public string Url => $"{PublicPaths.Workshops}?departement={Code}#par-departement";
}

/// <summary>A département and the sessions held there.</summary>
public sealed record DepartementWorkshops(DepartementLink Departement, IReadOnlyList<WorkshopLink> Workshops);

public sealed record WorkshopsViewModel(
    IReadOnlyList<IntentionWorkshops> ByIntention,
    IReadOnlyList<DepartementWorkshops> ByDepartement,
    IReadOnlyList<WorkshopLink> Regional,
    string? SelectedDepartement,
    ConferenceLink? Conference)
    : PageViewModel(
        "Ateliers et tables-rondes",
        "Les ateliers et tables-rondes de la conférence régionale des élus, par intention « Je souhaite… » et par département d'Occitanie.")
{
    public int Count => ByIntention.Sum(i => i.Workshops.Count);

    /// <summary>The départements the list shows: all of them, or the one asked for.</summary>
    public IEnumerable<DepartementWorkshops> ListedDepartements =>
        SelectedDepartement is null ? ByDepartement : ByDepartement.Where(d => d.Departement.Code == SelectedDepartement);
}

public sealed record WorkshopSpeaker(string Name, string? Role);

public sealed record SpeakerGroup(string Heading, IReadOnlyList<WorkshopSpeaker> Speakers)
{
    /// <summary>Animateurs, then intervenants, then participants; a group without anyone is left out.</summary>
    public static IReadOnlyList<SpeakerGroup> Of(IReadOnlyList<Speaker> speakers) =>
        [.. new[]
            {
                (Kind: SpeakerKind.Animateur, Heading: "Animateurs"),
                (Kind: SpeakerKind.Intervenant, Heading: "Intervenants"),
                (Kind: SpeakerKind.Participant, Heading: "Participants"),
            }
            .Select(g => new SpeakerGroup(g.Heading, [.. speakers.Where(s => s.Kind == g.Kind).Select(s => new WorkshopSpeaker(s.Name, s.Role))]))
            .Where(g => g.Speakers.Count > 0)];
}

public sealed record WorkshopMeasure(string Slug, string Title, string? Funding)
{
    public string Url => PublicPaths.Measure(Slug);
}

/// <param name="Heading">"Atelier n°1 — Les cantines…" (<see cref="WorkshopLabel.Heading"/>).</param>
/// <param name="Description">What search engines show: the label, the place and the start of the body.</param>
public sealed record WorkshopViewModel(string Heading, string Description) : PageViewModel(Heading, Description)
{
    /// <summary>The longest introduction a description takes from the body: search engines show about this much.</summary>
    public const int IntroductionLength = 160;

    public required string Slug { get; init; }

    public required string Place { get; init; }

    public required string? Commune { get; init; }

    public required DepartementLink? Departement { get; init; }

    public required IntentionLink? Intention { get; init; }

    public required ConferenceLink? Conference { get; init; }

    /// <summary>« Tenu le 7 juillet 2021 »: the date of its conference, null when it is tied to none.</summary>
    public required string? HeldOn { get; init; }

    public required string Body { get; init; }

    public required string? FurtherReading { get; init; }

    public required IReadOnlyList<SpeakerGroup> SpeakerGroups { get; init; }

    public required IReadOnlyList<WorkshopMeasure> Measures { get; init; }

    public required ItemSources Sources { get; init; }
}
