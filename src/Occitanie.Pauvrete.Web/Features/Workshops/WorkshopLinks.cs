using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Workshops;

/// <summary>How the guide names a session: « Atelier n°1 », « Table-ronde I », « Atelier partenaire ».</summary>
public static class WorkshopLabel
{
    public static string Of(WorkshopKind kind, string? number) => (kind, number) switch
    {
        (WorkshopKind.Atelier, null) => "Atelier",
        (WorkshopKind.Atelier, _) => $"Atelier n°{number}",
        (WorkshopKind.TableRonde, null) => "Table-ronde",
        (WorkshopKind.TableRonde, _) => $"Table-ronde {number}",
        _ => "Atelier partenaire",
    };
}

/// <summary>A session as listed: its label, title and place, linking to its page.</summary>
public sealed record WorkshopLink(string Slug, string Label, string Title, string Place)
{
    public string Url => $"/ateliers/{Slug}";
}

/// <summary>An intention « Je souhaite… », linking to its page.</summary>
public sealed record IntentionLink(string Slug, string Phrase)
{
    public string Url => $"/je-souhaite/{Slug}";
}

/// <summary>An intention and its sessions, in the guide's order.</summary>
public sealed record IntentionWorkshops(IntentionLink Intention, IReadOnlyList<WorkshopLink> Workshops);

/// <summary>A conference, linking to its page.</summary>
public sealed record ConferenceLink(string Slug, string Title)
{
    public string Url => $"/conferences/{Slug}";
}
