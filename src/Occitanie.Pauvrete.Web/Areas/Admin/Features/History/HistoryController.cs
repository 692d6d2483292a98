using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

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

    /// <summary>Asks before a restore, naming the fields it changes and whether the public page changes at once.</summary>
    [HttpGet("/admin/{kind}/{id:guid}/historique/{revisionId:long}/restaurer")]
    public async Task<IActionResult> ConfirmRestore([FromRoute] string kind, [FromRoute] Guid id, [FromRoute] long revisionId, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found || await history.ListAsync(found, id, cancellationToken) is not { } list
            || list.Revisions.FirstOrDefault(r => r.Id == revisionId && r.Id != list.LatestId) is not { } revision
            || await history.CompareAsync(found, id, list.LatestId, revisionId, cancellationToken) is not { } comparison)
        {
            return NotFound();
        }
        List<string> consequences =
        [
            $"Le contenu actuel est remplacé par celui de la version {revision.Name}, enregistrée par {revision.Author} ; la version actuelle reste dans l'historique.",
            comparison.Changes.Count == 0
                ? "Aucun champ ne change : cette version a le même contenu que l'actuelle."
                : $"{Text.Plural(comparison.Changes.Count, "Champ qui change", "Champs qui changent")} : {string.Join(", ", comparison.Changes.Select(c => c.Label))}.",
            list.Status == PublicationStatus.Published
                ? $"{Text.Capitalize(found.WithArticle)} est {found.Agree("publié")} : le changement est visible sur le site aussitôt."
                : $"Le statut ne change pas : {found.WithArticle} reste {(list.Status == PublicationStatus.Deleted ? "dans la corbeille" : "en brouillon")}, invisible sur le site.",
        ];
        return View(ConfirmationPage.View, new ConfirmationPage(
            Question: $"Restaurer la version {revision.Name} ?",
            Consequences: consequences,
            Action: list.RestorePath(revisionId),
            ConfirmLabel: "Restaurer cette version",
            CancelPath: found.HistoryPath(id),
            Breadcrumb: AdminBreadcrumb.Of(found, new Crumb(list.Title, found.EditPath(id)), new Crumb("Historique", found.HistoryPath(id)), new Crumb("Restaurer une version"))));
    }

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
