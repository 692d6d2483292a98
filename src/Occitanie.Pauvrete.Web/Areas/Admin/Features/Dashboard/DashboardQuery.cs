using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Dashboard;

/// <summary>How many items of a kind are published, drafts and in the trash.</summary>
public sealed record KindCounts(ContentKind Kind, int Published, int Drafts, int Trashed);

/// <summary>A draft or a pending version waiting, as the dashboard lists it (for a pending version, when and by whom it was saved).</summary>
public sealed record DashboardItem(ContentKind Kind, Guid Id, string Title, DateTime UpdatedAt, string UpdatedBy);

/// <summary>An item to be published or unpublished by itself (decision 0019): « Programmé pour le … », and who scheduled it.</summary>
public sealed record ScheduledItem(ContentKind Kind, Guid Id, string Title, string Label, string? ScheduledBy);

/// <summary>One line of the latest changes.</summary>
public sealed record DashboardChange
{
    /// <summary>Null for what staff do not edit as content (an account).</summary>
    public required ContentKind? Kind { get; init; }

    public required string EntityType { get; init; }

    public required Guid EntityId { get; init; }

    public required string EntityKey { get; init; }

    /// <summary>The item's title as the revision left it (<see cref="RevisionSummary"/>).</summary>
    public required string Title { get; init; }

    public required RevisionAction Action { get; init; }

    public required string Author { get; init; }

    public required DateTime At { get; init; }
}

/// <param name="ToComplete">« À compléter », by intention.</param>
/// <param name="ReviewCutoff">An item last checked on this day or before is due again.</param>
public sealed record DashboardViewModel(
    IReadOnlyList<KindCounts> Counts,
    IReadOnlyList<DashboardItem> Drafts,
    IReadOnlyList<DashboardItem> PendingVersions,
    IReadOnlyList<DashboardChange> LatestChanges,
    IReadOnlyList<ToCompleteGroup> ToComplete,
    DateOnly ReviewCutoff)
{
    /// <summary>What is to be published or unpublished by itself, soonest first.</summary>
    public IReadOnlyList<ScheduledItem> Scheduled { get; init; } = [];

    /// <summary>Readers' reports no one has looked at yet (« Signalements »).</summary>
    public int NewReports { get; init; }

    /// <summary>Links the last link check found broken (« Liens à vérifier »); null when none ran yet.</summary>
    public int? BrokenLinks { get; init; }
}

/// <summary>
/// The admin home page: each list is one query over every kind (<see cref="ItemRows"/>), sorted
/// and cut in SQL, and « À compléter » one over every checked kind plus the intentions: six
/// queries whatever the number of kinds and items.
/// </summary>
public sealed class DashboardQuery(PortalDbContext db)
{
    public const int ListSize = 10;

    /// <param name="seesAccounts">Whether the reader administers accounts: account changes are listed for administrators only.</param>
    public async Task<DashboardViewModel> GetAsync(bool seesAccounts, CancellationToken cancellationToken)
    {
        var today = ParisTime.Today;

        var counts = await ItemRows.Of(db)
            .GroupBy(r => new { r.Kind, r.Status })
            .Select(g => new { g.Key.Kind, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var drafts = await ItemRows.Of(db)
            .Where(r => r.Status == PublicationStatus.Draft)
            .OrderByDescending(r => r.UpdatedAt)
            .Take(ListSize)
            .ToListAsync(cancellationToken);

        var pending = await ItemRows.Of(db)
            .Where(r => r.PendingSavedAt != null)
            .OrderByDescending(r => r.PendingSavedAt)
            .Take(ListSize)
            .ToListAsync(cancellationToken);

        var scheduled = await ItemRows.Of(db)
            .Where(r => (r.Status == PublicationStatus.Draft && r.PublishAt != null) || (r.Status == PublicationStatus.Published && r.UnpublishAt != null))
            .OrderBy(r => r.Status == PublicationStatus.Draft ? r.PublishAt : r.UnpublishAt)
            .Take(ListSize)
            .ToListAsync(cancellationToken);

        var newReports = await db.CorrectionReports.CountAsync(r => r.Status == ReportStatus.New, cancellationToken);
        var lastLinkCheck = await db.LinkCheckRuns.Where(r => r.FinishedAt != null).OrderByDescending(r => r.FinishedAt)
            .Select(r => (int?)r.BrokenCount).FirstOrDefaultAsync(cancellationToken);

        var facts = await ToComplete.Facts(db).ToListAsync(cancellationToken);
        var intentions = await ToComplete.Intentions(db).ToListAsync(cancellationToken);

        var changes = await db.Revisions.AsNoTracking()
            .Where(r => seesAccounts || r.EntityType != RevisionKinds.AccountEntityType)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Take(ListSize)
            .Select(r => new { r.EntityType, r.EntityId, r.EntityKey, r.Action, r.Author, r.CreatedAt, r.Snapshot })
            .ToListAsync(cancellationToken);

        int Count(ContentKind kind, PublicationStatus status) =>
            counts.Where(c => c.Kind == kind.Slug && c.Status == status).Sum(c => c.Count);

        return new DashboardViewModel(
            [.. ContentKinds.All.Select(k => new KindCounts(k, Count(k, PublicationStatus.Published), Count(k, PublicationStatus.Draft), Count(k, PublicationStatus.Deleted)))],
            [.. drafts.Select(Item)],
            [.. pending.Select(r => new DashboardItem(ContentKinds.BySlug(r.Kind)!, r.Id, r.Title, r.PendingSavedAt!.Value, r.PendingSavedBy ?? ""))],
            [.. changes.Select(c => new DashboardChange
            {
                Kind = ContentKinds.ByEntityName(c.EntityType),
                EntityType = c.EntityType,
                EntityId = c.EntityId,
                EntityKey = c.EntityKey,
                Title = RevisionSummary.TitleOf(c.EntityType, c.EntityKey, c.Snapshot),
                Action = c.Action,
                Author = c.Author,
                At = c.CreatedAt,
            })],
            ToComplete.Groups(facts, intentions, today),
            ToComplete.ReviewCutoff(today))
        {
            Scheduled = [.. scheduled.Select(r => new ScheduledItem(ContentKinds.BySlug(r.Kind)!, r.Id, r.Title,
                Schedule.ScheduleLabel.Of(r.Status, r.PublishAt, r.UnpublishAt)!, r.ScheduledBy))],
            NewReports = newReports,
            BrokenLinks = lastLinkCheck,
        };
    }

    private static DashboardItem Item(ItemRow row) =>
        new(ContentKinds.BySlug(row.Kind)!, row.Id, row.Title, row.UpdatedAt, row.UpdatedBy);
}
