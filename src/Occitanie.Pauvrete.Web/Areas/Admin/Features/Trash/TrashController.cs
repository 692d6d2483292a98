using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Trash;

/// <summary>« Corbeille »: every item staff put in the trash, of any kind, each restorable as a draft.</summary>
[Area("Admin")]
public sealed class TrashController(TrashQuery trash) : Controller
{
    [HttpGet("/admin/corbeille")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await trash.GetAsync(cancellationToken));
}
