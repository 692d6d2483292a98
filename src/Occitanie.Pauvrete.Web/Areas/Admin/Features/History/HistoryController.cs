using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.History;

/// <summary>An item's revisions: the list, the difference between two, and putting an old one back.</summary>
[Area("Admin")]
public sealed class HistoryController(PortalDbContext db) : Controller
{
    private readonly HistoryQuery _query = new(db);

    [HttpGet("/admin/{kind}/{id:guid}/historique")]
    public async Task<IActionResult> Index(string kind, Guid id, CancellationToken cancellationToken)
    {
        var model = ContentKinds.BySlug(kind) is { } contentKind ? await _query.ListAsync(contentKind, id, cancellationToken) : null;
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("/admin/{kind}/{id:guid}/historique/comparer")]
    public async Task<IActionResult> Compare(string kind, Guid id, long? de, long? a, CancellationToken cancellationToken)
    {
        var model = ContentKinds.BySlug(kind) is { } contentKind ? await _query.CompareAsync(contentKind, id, de, a, cancellationToken) : null;
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("/admin/{kind}/{id:guid}/historique/{revisionId:long}/restaurer")]
    public async Task<IActionResult> Restore(string kind, Guid id, long revisionId, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } contentKind)
        {
            return NotFound();
        }
        var item = await ItemSets.Of(db, contentKind.EntityType).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        var entityType = contentKind.EntityType.Name;
        var revision = await db.Revisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == revisionId && r.EntityId == id && r.EntityType == entityType, cancellationToken);
        if (item is null || revision is null)
        {
            return NotFound();
        }

        RestoreOutcome outcome;
        try
        {
            outcome = await new RevisionRestorer(db).RestoreAsync(contentKind, item, revision, User.Identity!.Name!, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            outcome = new RestoreOutcome(false, "Cette version n'a pas été restaurée : le contenu a été modifié par quelqu'un d'autre au même moment. Relisez l'historique et recommencez.", []);
        }

        if (!outcome.Saved)
        {
            var page = await _query.ListAsync(contentKind, id, cancellationToken);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(nameof(Index), page! with { Error = outcome.Error });
        }

        var message = $"Version du {ParisTime.DateAndTime(revision.CreatedAt)} restaurée. Statut inchangé : {StatusLabel(item.Status)}.";
        if (outcome.NotRelinked.Count > 0)
        {
            message += $" Non reliés car supprimés depuis : {string.Join(", ", outcome.NotRelinked)}.";
        }
        TempData["Success"] = message;
        return Redirect(contentKind.HistoryPath(id));
    }

    private static string StatusLabel(PublicationStatus status) => status switch
    {
        PublicationStatus.Draft => "brouillon",
        PublicationStatus.Published => "publié",
        _ => "dans la corbeille",
    };
}
