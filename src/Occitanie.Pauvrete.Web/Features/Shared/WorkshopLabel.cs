using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>How the guide names a session: "Atelier n°1", "Table-ronde I", "Atelier partenaire".</summary>
public static class WorkshopLabel
{
    public static string For(WorkshopKind kind, string? number) => kind switch
    {
        WorkshopKind.Atelier => number is null ? "Atelier" : $"Atelier n°{number}",
        WorkshopKind.TableRonde => number is null ? "Table-ronde" : $"Table-ronde {number}",
        _ => "Atelier partenaire",
    };

    /// <summary>"Atelier n°1 — Les cantines à 1 €": the label and the title, as a session's page and search results name it.</summary>
    public static string Heading(WorkshopKind kind, string? number, string title) => $"{For(kind, number)} — {title}";

    /// <summary>
    /// When the session took place, in the past tense of a dated event: « Tenu le 7 juillet 2021 »,
    /// « Tenue le 7 juillet 2021 » for a table-ronde, « Tenu en mai 2023 » for a date known to the month.
    /// </summary>
    public static string HeldOn(WorkshopKind kind, DateOnly date, DatePrecision precision)
    {
        var held = kind == WorkshopKind.TableRonde ? "Tenue" : "Tenu";
        return precision == DatePrecision.Day ? $"{held} le {FrenchFormat.Date(date)}" : $"{held} en {FrenchFormat.Date(date, precision)}";
    }
}
