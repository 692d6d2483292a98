using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.History;

/// <summary>An item's revisions: the list, the difference between two, and putting an old one back.</summary>
[Area("Admin")]
public sealed class HistoryController(HistoryQuery history, RevisionRestorer restorer) : Controller
{
    private string Author => User.Identity?.Name ?? throw new InvalidOperationException("A staff page without a signed-in user.");

    [HttpGet("/admin/{kind}/{id:guid}/historique")]
    public async Task<IActionResult> Index([FromRoute] string kind, [FromRoute] Guid id, CancellationToken cancellationToken) =>
        ContentKinds.BySlug(kind) is { } found && await history.ListAsync(found, id, cancellationToken) is { } model
            ? View(model)
            : NotFound();

    [HttpGet("/admin/{kind}/{id:guid}/historique/comparer")]
    public async Task<IActionResult> Compare([FromRoute] string kind, [FromRoute] Guid id, [FromQuery(Name = "de")] long? from, [FromQuery(Name = "a")] long? to, CancellationToken cancellationToken) =>
        ContentKinds.BySlug(kind) is { } found && await history.CompareAsync(found, id, from, to, cancellationToken) is { } model
            ? View(model)
            : NotFound();

    [HttpPost("/admin/{kind}/{id:guid}/historique/{revisionId:long}/restaurer")]
    public async Task<IActionResult> Restore([FromRoute] string kind, [FromRoute] Guid id, [FromRoute] long revisionId, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found || await restorer.RestoreAsync(found, id, revisionId, Author, cancellationToken) is not { } outcome)
        {
            return NotFound();
        }
        if (outcome.Error is { } error)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(nameof(Index), (await history.ListAsync(found, id, cancellationToken))! with { Error = error });
        }
        TempData["Success"] = outcome.Confirmation;
        return Redirect(found.HistoryPath(id));
    }
}
