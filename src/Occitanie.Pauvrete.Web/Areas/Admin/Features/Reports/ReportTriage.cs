using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Reports;

/// <summary>One report as the queue shows it, with the item's edit form one click away.</summary>
public sealed record ReportRow(CorrectionReport Report, ContentKind? Kind)
{
    public string? EditPath => Kind?.EditPath(Report.ItemId);
}

/// <summary>The « Signalements » queue, filtered by status (« nouveau » by default).</summary>
public sealed record ReportQueuePage(IReadOnlyList<ReportRow> Rows, ReportStatus? Status, IReadOnlyDictionary<ReportStatus, int> Counts);

/// <summary>Readers' reports for staff (issue 17): the queue, and the decision on each, recorded in the journal.</summary>
public sealed class ReportTriage(PortalDbContext db)
{
    public const int PageSize = 100;

    public static IReadOnlyList<(ReportStatus Status, string Slug, string Label)> Statuses { get; } =
    [
        (ReportStatus.New, "nouveau", "Nouveau"),
        (ReportStatus.InProgress, "en-cours", "En cours"),
        (ReportStatus.Done, "traite", "Traité"),
        (ReportStatus.Rejected, "rejete", "Rejeté"),
    ];

    public static string LabelOf(ReportStatus status) => Statuses.First(s => s.Status == status).Label;

    public static ReportStatus? FromSlug(string? slug) => Statuses.Where(s => s.Slug == slug).Select(s => (ReportStatus?)s.Status).FirstOrDefault();

    public async Task<ReportQueuePage> ListAsync(string? status, CancellationToken cancellationToken)
    {
        var wanted = status == "tous" ? null : FromSlug(status) ?? (ReportStatus?)ReportStatus.New;
        var reports = await db.CorrectionReports.AsNoTracking()
            .Where(r => wanted == null || r.Status == wanted)
            .OrderByDescending(r => r.CreatedAt)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        var counts = await db.CorrectionReports.AsNoTracking().GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new ReportQueuePage([.. reports.Select(r => new ReportRow(r, ContentKinds.ByEntityName(r.ItemType)))], wanted, counts);
    }

    /// <summary>How many reports no one has looked at yet (the dashboard's count).</summary>
    public Task<int> NewCountAsync(CancellationToken cancellationToken) =>
        db.CorrectionReports.CountAsync(r => r.Status == ReportStatus.New, cancellationToken);

    /// <summary>Sets the report's status and records who decided it in the journal; false when there is no such report.</summary>
    public async Task<bool> SetStatusAsync(Guid id, ReportStatus status, string author, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.CorrectionReports.FindAsync([id], cancellationToken) is not { } report)
        {
            return false;
        }
        report.Status = status;
        report.HandledBy = author;
        report.HandledAt = now;
        db.Revisions.Add(new Revision
        {
            EntityType = nameof(CorrectionReport),
            EntityId = report.Id,
            EntityKey = report.ItemTitle.Length > 200 ? report.ItemTitle[..200] : report.ItemTitle,
            Action = RevisionAction.ReportHandled,
            // What the journal keeps of the decision: never the reader's e-mail.
            Snapshot = JsonSerializer.Serialize(new { Statut = LabelOf(status), Page = report.PagePath, report.ItemType, report.ItemId, report.ItemVersion }),
            Author = author,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
