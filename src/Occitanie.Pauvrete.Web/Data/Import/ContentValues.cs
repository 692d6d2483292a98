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

    public static FundingRuleKind? FundingRuleKind(string? value) => value switch
    {
        "par-unite" => Entities.FundingRuleKind.PerUnit,
        "part-des-depenses" => Entities.FundingRuleKind.ShareOfSpending,
        _ => null,
    };

    public static string Word(FundingRuleKind kind) => kind switch
    {
        Entities.FundingRuleKind.PerUnit => "par-unite",
        Entities.FundingRuleKind.ShareOfSpending => "part-des-depenses",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static HelpKind? HelpKind(string? value) => value switch
    {
        "structure-a-demultiplier" => Entities.HelpKind.StructureToReplicate,
        "dispositif-vers-lequel-orienter" => Entities.HelpKind.SchemeToDirectPeopleTo,
        "aide-financiere" => Entities.HelpKind.Grant,
        _ => null,
    };

    /// <summary>The code content files use for <paramref name="kind"/>; the open data and the API use it too (a stable French code).</summary>
    public static string Word(HelpKind kind) => kind switch
    {
        Entities.HelpKind.StructureToReplicate => "structure-a-demultiplier",
        Entities.HelpKind.SchemeToDirectPeopleTo => "dispositif-vers-lequel-orienter",
        _ => "aide-financiere",
    };

    /// <summary>The word content files use for <paramref name="kind"/>; the open data and the API use it too.</summary>
    public static string Word(WorkshopKind kind) => kind switch
    {
        Entities.WorkshopKind.TableRonde => "table-ronde",
        Entities.WorkshopKind.AtelierPartenaire => "atelier-partenaire",
        _ => "atelier",
    };

    /// <summary>The word content files use for <paramref name="kind"/>; the open data and the API use it too.</summary>
    public static string Word(SpeakerKind kind) => kind switch
    {
        Entities.SpeakerKind.Intervenant => "intervenant",
        Entities.SpeakerKind.Participant => "participant",
        _ => "animateur",
    };
}
