namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>Where staff are with a reader's report.</summary>
public enum ReportStatus
{
    New,
    InProgress,
    Done,
    Rejected,
}

/// <summary>
/// « Signaler une erreur ou proposer une mise à jour »: what a reader says is wrong or outdated on a
/// public page, with the item and the version they read. Not content: saving one changes no page.
/// The e-mail, given only to be answered, is erased after <see cref="Features.Reports.ReportRetention.EmailKeptFor"/>.
/// </summary>
public class CorrectionReport
{
    public Guid Id { get; set; }

    /// <summary>The public page the reader was on ("/mesures/points-conseil-budget").</summary>
    public string PagePath { get; set; } = "";

    /// <summary>CLR name of the item's entity ("Measure"), as revisions name it.</summary>
    public string ItemType { get; set; } = "";

    public Guid ItemId { get; set; }

    /// <summary>The item's <see cref="EditableEntity.Version"/> the reader saw: its revision shows that very text.</summary>
    public Guid ItemVersion { get; set; }

    /// <summary>The item's title when reported.</summary>
    public string ItemTitle { get; set; } = "";

    public string Message { get; set; } = "";

    public string? SourceUrl { get; set; }

    /// <summary>Only to answer the reader; erased after a year.</summary>
    public string? Email { get; set; }

    public ReportStatus Status { get; set; } = ReportStatus.New;

    public DateTime CreatedAt { get; set; }

    /// <summary>Who last changed <see cref="Status"/>, and when.</summary>
    public string? HandledBy { get; set; }

    public DateTime? HandledAt { get; set; }
}
