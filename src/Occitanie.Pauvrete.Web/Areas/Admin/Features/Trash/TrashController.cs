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
        var rows = await ItemRows.Of(db)
            .Where(r => r.Status == PublicationStatus.Deleted)
            .OrderByDescending(r => r.UpdatedAt)
            .ToListAsync(cancellationToken);
        return View(rows.Select(r => new TrashRow(ContentKinds.BySlug(r.Kind)!, r.Id, r.Title, r.UpdatedAt, r.UpdatedBy)).ToList());
    }
}
