using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Features.Workshops;

namespace Occitanie.Pauvrete.Web.Features.Conferences;

/// <summary>
/// A conference's date as shown, and its machine-readable start and end ("2023-05", no more precise
/// than the sources); <see cref="End"/> is null when the dates name a single day, month or year.
/// </summary>
public sealed record ConferenceDate(string Text, string Start, string? End)
{
    /// <summary>The date for the datetime attribute of a time element, when it is a single one.</summary>
    public string? MachineReadable => End is null ? Start : null;
}

public sealed record ConferenceSummary(string Slug, string Title, ConferenceDate Date, string Place, string? Format, string? Summary)
{
    public string Url => PublicPaths.Conference(Slug);
}

public sealed record ConferencesViewModel(IReadOnlyList<ConferenceSummary> Conferences)
    : PageViewModel(
        "Conférences régionales",
        "Les conférences régionales de la stratégie de prévention et de lutte contre la pauvreté en Occitanie.");

/// <summary>A line of the programme; <see cref="MachineTime"/> is "13:45" when <see cref="Time"/> reads as a time of day.</summary>
public sealed record ProgrammeItem(string Time, string? MachineTime, string Label);

/// <summary>Lines of the programme that go together: the common part (no heading) or a parallel track.</summary>
public sealed record ProgrammePart(string? Track, IReadOnlyList<ProgrammeItem> Items);

public sealed record ConferenceViewModel(string ConferenceTitle, ConferenceDate Date, string Place, string? Summary)
    : PageViewModel(ConferenceTitle, Summary ?? $"{ConferenceTitle} : {Date.Text}, {Place}.")
{
    public required string? Format { get; init; }

    public required IReadOnlyList<ProgrammePart> Programme { get; init; }

    public required string Body { get; init; }

    public required IReadOnlyList<IntentionWorkshops> Sessions { get; init; }

    public required ItemSources Sources { get; init; }

    /// <summary>How the sources name a conference held online.</summary>
    public const string OnlinePlace = "Visioconférence";

    public int SessionCount => Sessions.Sum(s => s.Workshops.Count);

    /// <summary>
    /// An event at its place, or online; no organizer is given because the database does not say
    /// who organised each conference.
    /// </summary>
    public override SchemaOrg.Thing StructuredData(string pageUrl)
    {
        var online = string.Equals(Place.Trim(), OnlinePlace, StringComparison.OrdinalIgnoreCase);
        return new SchemaOrg.Event
        {
            Name = ConferenceTitle,
            Description = Summary,
            StartDate = Date.Start,
            EndDate = Date.End,
            Location = online ? new SchemaOrg.VirtualLocation(Place) : new SchemaOrg.Place(Place),
            EventAttendanceMode = online ? SchemaOrg.OnlineAttendance : SchemaOrg.OfflineAttendance,
            Url = pageUrl,
            InLanguage = SchemaOrg.French,
        };
    }
}
