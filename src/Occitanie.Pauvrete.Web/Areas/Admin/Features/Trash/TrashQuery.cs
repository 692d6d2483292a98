using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Trash;

public sealed record TrashRow(ContentKind Kind, Guid Id, string Title, DateTime UpdatedAt, string UpdatedBy);

/// <summary>Every item in the trash, of any kind, last trashed first: one query over every kind (<see cref="ItemRows"/>).</summary>
public sealed class TrashQuery(PortalDbContext db)
{
    public async Task<List<TrashRow>> GetAsync(CancellationToken cancellationToken)
    {
        var rows = await ItemRows.Of(db)
            .Where(r => r.Status == PublicationStatus.Deleted)
            .OrderByDescending(r => r.UpdatedAt)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new TrashRow(ContentKinds.BySlug(r.Kind)!, r.Id, r.Title, r.UpdatedAt, r.UpdatedBy))];
    }
}
