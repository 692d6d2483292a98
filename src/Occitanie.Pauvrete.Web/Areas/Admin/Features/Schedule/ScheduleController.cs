using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Schedule;

/// <summary>« Programmer la publication » of any item (decision 0019), one click from its edit form's « Publication » part.</summary>
[Area("Admin")]
public sealed class ScheduleController(ScheduleCommand command) : Controller
{
    private string Author => User.Identity?.Name ?? throw new InvalidOperationException("A staff page without a signed-in user.");

    [HttpGet("/admin/{kind}/{id:guid}/programmer")]
    public async Task<IActionResult> Show([FromRoute] string kind, [FromRoute] Guid id, CancellationToken cancellationToken) =>
        ContentKinds.BySlug(kind) is { } found && await command.FindAsync(found, id, cancellationToken) is { } item
            ? View("Schedule", SchedulePage.Of(found, item))
            : NotFound();

    [HttpPost("/admin/{kind}/{id:guid}/programmer")]
    public async Task<IActionResult> Save([FromRoute] string kind, [FromRoute] Guid id,
        [FromForm(Name = SchedulePage.PublishField)] string? publishAt, [FromForm(Name = SchedulePage.UnpublishField)] string? unpublishAt, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found || await command.FindAsync(found, id, cancellationToken) is not { } item)
        {
            return NotFound();
        }
        if (await command.SaveAsync(found, item, publishAt, unpublishAt, Author, cancellationToken) is { } refused)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Schedule", refused);
        }
        TempData["Success"] = (item.PublishAt, item.UnpublishAt) switch
        {
            (null, null) => $"{found.Naming(item)} n'a plus de publication programmée.",
            ({ } publish, null) => $"{found.Naming(item)} sera {found.Agree("publié")} le {ParisTime.DateAndTime(publish)} (heure de Paris) ; d'ici là, {found.WithArticle} reste invisible sur le site.",
            (null, { } unpublish) => $"{found.Naming(item)} sera {found.Agree("dépublié")} le {ParisTime.DateAndTime(unpublish)} (heure de Paris).",
            ({ } publish, { } unpublish) => $"{found.Naming(item)} sera {found.Agree("publié")} le {ParisTime.DateAndTime(publish)} puis {found.Agree("dépublié")} le {ParisTime.DateAndTime(unpublish)} (heure de Paris).",
        };
        return Redirect(found.EditPath(id));
    }
}
