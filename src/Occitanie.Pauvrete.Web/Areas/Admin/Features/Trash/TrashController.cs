using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Trash;

public sealed record TrashRow(ContentKind Kind, Guid Id, string Title, DateTime UpdatedAt, string UpdatedBy);

/// <summary>« Corbeille »: every item staff put in the trash, of any kind, each restorable as a draft.</summary>
[Area("Admin")]
public sealed class TrashController(PortalDbContext db) : Controller
{
    [HttpGet("/admin/corbeille")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rows = new List<TrashRow>();
        foreach (var kind in ContentKinds.All)
        {
            var items = await ItemSets.Of(db, kind.EntityType).AsNoTracking()
                .Where(i => i.Status == PublicationStatus.Deleted)
                .ToListAsync(cancellationToken);
            rows.AddRange(items.Select(i => new TrashRow(kind, i.Id, kind.TitleOf(i), i.UpdatedAt, i.UpdatedBy)));
        }
        return View(rows.OrderByDescending(r => r.UpdatedAt).ToList());
    }
}
