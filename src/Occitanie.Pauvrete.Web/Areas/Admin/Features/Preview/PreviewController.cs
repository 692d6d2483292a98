using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Preview;

/// <summary>
/// « Prévisualiser »: the public page of an item, a draft included, at an admin address (so only
/// signed-in staff reach it and the output cache skips it), never stored by a browser or a proxy.
/// </summary>
[Area("Admin")]
public sealed class PreviewController(PreviewQuery query) : Controller
{
    [HttpGet("/admin/{kind}/{id:guid}/apercu")]
    public async Task<IActionResult> Show([FromRoute] string kind, [FromRoute] Guid id, CancellationToken cancellationToken)
    {
        if (await query.LoadAsync(kind, id, SiteAddress.Of(Request), cancellationToken) is not { } preview)
        {
            return NotFound();
        }
        ViewData[PreviewNotice.Key] = preview.Notice;
        return View(preview.ViewName, preview.Model);
    }
}
