using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Data.Import;

/// <summary>The words content files use for enumerated values, and their entity values.</summary>
internal static class ContentValues
{
    public static PublicationStatus Status(string? value) =>
        value == "draft" ? PublicationStatus.Draft : PublicationStatus.Published;

    public static DatePrecision? DatePrecision(string? value) => value switch
    {
        null or "day" => Entities.DatePrecision.Day,
        "month" => Entities.DatePrecision.Month,
        "year" => Entities.DatePrecision.Year,
        _ => null,
    };

    public static WorkshopKind? WorkshopKind(string? value) => value switch
    {
        "atelier" => Entities.WorkshopKind.Atelier,
        "table-ronde" => Entities.WorkshopKind.TableRonde,
        "atelier-partenaire" => Entities.WorkshopKind.AtelierPartenaire,
        _ => null,
    };

    public static SpeakerKind? SpeakerKind(string? value) => value switch
    {
        "animateur" => Entities.SpeakerKind.Animateur,
        "intervenant" => Entities.SpeakerKind.Intervenant,
        "participant" => Entities.SpeakerKind.Participant,
        _ => null,
    };
}
