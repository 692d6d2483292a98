using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Preview;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

/// <summary>Lists, creates, edits, publishes and trashes the items of every kind of <see cref="ContentKinds"/>.</summary>
[Area("Admin")]
public sealed class ContentController(ContentEditor editor, PreviewQuery preview) : Controller
{
    private string Author => User.Identity?.Name ?? throw new InvalidOperationException("A staff page without a signed-in user.");

    [HttpGet("/admin/{kind}")]
    public async Task<IActionResult> List(string kind, string? q, string? statut, string? filtre, CancellationToken cancellationToken) =>
        ContentKinds.BySlug(kind) is { } found
            ? View(await editor.ListAsync(found, q, statut, filtre, cancellationToken))
            : NotFound();

    [HttpGet("/admin/{kind}/nouveau")]
    public async Task<IActionResult> New(string kind, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found)
        {
            return NotFound();
        }
        var values = EditorValues.Empty();
        foreach (var choice in found.Fields.Where(f => f.Kind == FieldKind.Choice))
        {
            values.Set(choice.Property, Enum.GetNames(choice.Target!)[0]);
        }
        return View("Edit", await editor.PageAsync(found, null, values, cancellationToken));
    }

    [HttpPost("/admin/{kind}/nouveau")]
    public async Task<IActionResult> Create(string kind, [FromForm(Name = "commande")] string? command, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found)
        {
            return NotFound();
        }
        var item = editor.New(found, Author);
        var values = EditorValues.FromForm(Request.Form);
        var outcome = await editor.SaveAsync(found, item, values, null, CommandOf(command), Author, cancellationToken);
        if (outcome.Saved is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Edit", await editor.PageAsync(found, null, values, cancellationToken, outcome.Errors));
        }
        TempData["Success"] = Confirmation(found, outcome.Saved, created: true);
        return Redirect(found.EditPath(item.Id));
    }

    [HttpGet("/admin/{kind}/{id:guid}")]
    public async Task<IActionResult> Edit(string kind, Guid id, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found || await editor.FindAsync(found, id, cancellationToken) is not { } item)
        {
            return NotFound();
        }
        return View(await editor.PageAsync(found, item, editor.ValuesOf(found, item), cancellationToken));
    }

    [HttpPost("/admin/{kind}/{id:guid}")]
    public async Task<IActionResult> Update(string kind, Guid id, [FromForm(Name = "version")] Guid? version, [FromForm(Name = "commande")] string? command, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found || await editor.FindAsync(found, id, cancellationToken) is not { } item)
        {
            return NotFound();
        }
        var values = EditorValues.FromForm(Request.Form);
        var outcome = await editor.SaveAsync(found, item, values, version, CommandOf(command), Author, cancellationToken);
        if (outcome.Saved is null)
        {
            // The person's text stays in the form; with a conflict, the form now carries the current
            // version, so saving again is a deliberate choice made after reading what changed.
            Response.StatusCode = outcome.Conflict is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
            var current = outcome.Conflict is null ? item : await editor.FindAsync(found, id, cancellationToken) ?? item;
            return View("Edit", await editor.PageAsync(found, current, values, cancellationToken, outcome.Errors, outcome.Conflict));
        }
        TempData["Success"] = Confirmation(found, outcome.Saved, created: false);
        return Redirect(found.EditPath(id));
    }

    /// <summary>« Prévisualiser les modifications »: the public page with the form's values, saved nowhere.</summary>
    [HttpPost("/admin/{kind}/nouveau/apercu")]
    [HttpPost("/admin/{kind}/{id:guid}/apercu")]
    public async Task<IActionResult> PreviewChanges(string kind, Guid? id, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found)
        {
            return NotFound();
        }
        var item = id is { } existing ? await editor.FindAsync(found, existing, cancellationToken) : editor.New(found, Author);
        if (item is null)
        {
            return NotFound();
        }
        var values = EditorValues.FromForm(Request.Form);
        var site = SiteAddress.Of(Request);
        var (errors, shown) = await editor.WithUnsavedAsync(found, item, values, Author,
            token => preview.LoadAsync(found.Slug, item.Id, site, token), cancellationToken);
        if (shown is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            var current = id is null ? null : await editor.FindAsync(found, item.Id, cancellationToken);
            return View("Edit", await editor.PageAsync(found, current, values, cancellationToken, errors));
        }
        ViewData[PreviewNotice.Key] = shown.Notice is null ? null : shown.Notice with
        {
            Message = "Aperçu des modifications du formulaire : rien n'est encore enregistré ni publié. Fermez cet onglet pour revenir au formulaire.",
        };
        return View(shown.ViewName, shown.Model);
    }

    [HttpPost("/admin/{kind}/{id:guid}/corbeille")]
    public Task<IActionResult> Trash(string kind, Guid id, CancellationToken cancellationToken) =>
        ChangeStatusAsync(kind, id, PublicationStatus.Deleted, cancellationToken);

    [HttpPost("/admin/{kind}/{id:guid}/restaurer")]
    public Task<IActionResult> Untrash(string kind, Guid id, CancellationToken cancellationToken) =>
        ChangeStatusAsync(kind, id, PublicationStatus.Draft, cancellationToken);

    private async Task<IActionResult> ChangeStatusAsync(string kind, Guid id, PublicationStatus status, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found || await editor.FindAsync(found, id, cancellationToken) is not { } item)
        {
            return NotFound();
        }
        await editor.SetStatusAsync(item, status, Author, cancellationToken);
        TempData["Success"] = status == PublicationStatus.Deleted
            ? $"{found.Naming(item)} est dans la corbeille : plus visible sur le site, restaurable depuis la corbeille."
            : $"{found.Naming(item)} est {found.Agree("sorti")} de la corbeille, en brouillon, invisible sur le site jusqu'à sa publication.";
        return Redirect(status == PublicationStatus.Deleted ? found.ListPath : found.EditPath(id));
    }

    private static EditorCommand CommandOf(string? command) => command switch
    {
        "publier" => EditorCommand.Publish,
        "depublier" => EditorCommand.Unpublish,
        _ => EditorCommand.Save,
    };

    private static string Confirmation(ContentKind kind, EditableEntity item, bool created)
    {
        var what = kind.Agree(created ? "créé" : "enregistré");
        return item.Status == PublicationStatus.Published
            ? $"{kind.Naming(item)} est {what} et {kind.Agree("publié")} : visible sur le site dès maintenant."
            : $"{kind.Naming(item)} est {what} en brouillon : pas visible sur le site.";
    }
}
