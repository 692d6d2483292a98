using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Preview;

/// <summary>
/// « Prévisualiser »: the public page of an item, a draft included, at an admin address (so only
/// signed-in staff reach it and the output cache skips it), never stored by a browser or a proxy.
/// </summary>
[Area("Admin")]
public sealed class PreviewController(PreviewQuery query, ContentCommands commands) : Controller
{
    /// <summary>The item as saved, or its pending version when it has one (decision 0013).</summary>
    [HttpGet("/admin/{kind}/{id:guid}/apercu")]
    public async Task<IActionResult> Show([FromRoute] string kind, [FromRoute] Guid id, CancellationToken cancellationToken)
    {
        var site = SiteAddress.Of(Request);
        if (ContentKinds.BySlug(kind) is { } found
            && await commands.PreviewPendingAsync(found, id, User.Identity!.Name!, (itemId, token) => query.LoadAsync(kind, itemId, site, token), cancellationToken) is { Shown: { } pending })
        {
            ViewData[PreviewNotice.Key] = pending.Notice is null ? null : pending.Notice with
            {
                Message = "Aperçu de la version en attente : le public voit toujours la version publiée, jusqu'à « Publier la version en attente ».",
            };
            return View(pending.ViewName, pending.Model);
        }
        if (await query.LoadAsync(kind, id, site, cancellationToken) is not { } preview)
        {
            return NotFound();
        }
        ViewData[PreviewNotice.Key] = preview.Notice;
        return View(preview.ViewName, preview.Model);
    }
}
