using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.History;

/// <summary>An item's revisions, and what changed between two of them.</summary>
public sealed class HistoryQuery(PortalDbContext db)
{
    /// <summary>The item's page of history, newest first; null when the item does not exist.</summary>
    public async Task<HistoryViewModel?> ListAsync(ContentKind kind, Guid id, CancellationToken cancellationToken = default)
    {
        var item = await ItemSets.Of(db, kind.EntityType).AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null)
        {
            return null;
        }
        var rows = await RowsAsync(kind, id, cancellationToken);
        return new HistoryViewModel(kind, id, kind.TitleOf(item), item.Status, rows);
    }

    /// <summary>The fields that differ from one revision of the item to another; null when the item or either revision is not found.</summary>
    public async Task<CompareViewModel?> CompareAsync(ContentKind kind, Guid id, long? fromId, long? toId, CancellationToken cancellationToken = default)
    {
        var history = await ListAsync(kind, id, cancellationToken);
        if (history is null || history.LatestId is not { } latest)
        {
            return null;
        }
        var from = history.Revisions.FirstOrDefault(r => r.Id == (fromId ?? history.DefaultFrom));
        var to = history.Revisions.FirstOrDefault(r => r.Id == (toId ?? latest));
        if (from is null || to is null)
        {
            return null;
        }

        var snapshots = await db.Revisions.AsNoTracking()
            .Where(r => r.Id == from.Id || r.Id == to.Id)
            .ToDictionaryAsync(r => r.Id, r => r.Snapshot, cancellationToken);
        using var before = JsonDocument.Parse(snapshots[from.Id]);
        using var after = JsonDocument.Parse(snapshots[to.Id]);

        var targets = ItemSets.LinkTargets(db, kind.EntityType);
        var linked = new[] { before.RootElement, after.RootElement }
            .SelectMany(snapshot => targets.SelectMany(t => RevisionDiff.LinkedIds(snapshot, [t.Key]).Select(linkedId => (t.Value, linkedId))));
        var titles = await ItemSets.TitlesAsync(db, linked, cancellationToken);

        var changes = RevisionDiff.Compare(kind, before.RootElement, after.RootElement, titles);
        return new CompareViewModel(kind, id, history.Title, from, to, changes);
    }

    private async Task<List<RevisionRow>> RowsAsync(ContentKind kind, Guid id, CancellationToken cancellationToken)
    {
        var entityType = kind.EntityType.Name;
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.EntityId == id && r.EntityType == entityType)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.CreatedAt, r.Author, r.Action })
            .ToListAsync(cancellationToken);
        return [.. revisions.Select((r, i) => new RevisionRow(r.Id, i + 1, r.CreatedAt, r.Author, r.Action)).Reverse()];
    }
}
