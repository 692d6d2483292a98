using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Features.Workshops;

namespace Occitanie.Pauvrete.Web.Features.Conferences;

/// <summary>A conference's date as shown, and the machine-readable one when it is a single date.</summary>
public sealed record ConferenceDate(string Text, string? MachineReadable);

public sealed record ConferenceSummary(string Slug, string Title, ConferenceDate Date, string Place, string? Format, string? Summary)
{
    public string Url => $"/conferences/{Slug}";
}

public sealed record ConferencesViewModel(IReadOnlyList<ConferenceSummary> Conferences)
    : PageViewModel(
        "Conférences régionales",
        "Les conférences régionales de la stratégie de prévention et de lutte contre la pauvreté en Occitanie.");

/// <summary>A line of the programme; <see cref="MachineTime"/> is "13:45" when <see cref="Time"/> reads as a time of day.</summary>
public sealed record ProgrammeItem(string Time, string? MachineTime, string Label);

/// <summary>Lines of the programme that go together: the common part (no heading) or a parallel track.</summary>
public sealed record ProgrammePart(string? Track, IReadOnlyList<ProgrammeItem> Items);

public sealed record ConferenceViewModel(
    string ConferenceTitle,
    ConferenceDate Date,
    string Place,
    string? Format,
    string? Summary,
    IReadOnlyList<ProgrammePart> Programme,
    string Body,
    IReadOnlyList<IntentionWorkshops> Sessions,
    string? EditorNote,
    IReadOnlyList<SourceCitation> Sources)
    : PageViewModel(ConferenceTitle, Summary ?? $"{ConferenceTitle} : {Date.Text}, {Place}.")
{
    public int SessionCount => Sessions.Sum(s => s.Workshops.Count);
}
