using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Preview;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

/// <summary>
/// Lists, creates, edits, publishes and trashes the items of every kind of <see cref="ContentKinds"/>.
/// <c>kind</c> and <c>id</c> are read from the route only: MVC reads a form before the route, and an
/// atelier's form posts its own <c>Kind</c> (atelier, table-ronde…).
/// </summary>
[Area("Admin")]
public sealed class ContentController(ContentQuery query, ContentCommands commands, PreviewQuery preview, MarkdownRenderer markdown, ConfirmationQuery confirmations, BulkActions bulk) : Controller
{
    private string Author => User.Identity?.Name ?? throw new InvalidOperationException("A staff page without a signed-in user.");

    [HttpGet("/admin/{kind}")]
    public async Task<IActionResult> List([FromRoute] string kind, [FromQuery(Name = "q")] string? search, [FromQuery(Name = "statut")] string? status,
        [FromQuery(Name = "filtre")] string? filter, [FromQuery(Name = "tri")] string? sort, CancellationToken cancellationToken) =>
        ContentKinds.BySlug(kind) is { } found
            ? View(await query.ListAsync(found, search, status, filter, cancellationToken, sort))
            : NotFound();

    /// <summary>
    /// The list's « Publier », « Dépublier » or « Mettre à la corbeille » for the ticked items (a GET
    /// form: nothing changes here): the page that asks first, naming them. Nothing ticked: the list
    /// again, saying so.
    /// </summary>
    [HttpGet("/admin/{kind}/lot")]
    public async Task<IActionResult> ConfirmBulk([FromRoute] string kind, [FromQuery(Name = "operation")] string? operation, [FromQuery(Name = "id")] Guid[]? ids, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found || BulkActions.OperationOf(operation) is not { } chosen)
        {
            return NotFound();
        }
        if (ids is { Length: > 0 } && await bulk.ConfirmAsync(found, chosen, ids, cancellationToken) is { } page)
        {
            return View(ConfirmationPage.View, page);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("List", await query.ListAsync(found, null, null, null, cancellationToken) with
        {
            Error = $"Cochez d'abord dans la liste les {found.Plural} à traiter, puis choisissez l'action.",
        });
    }

    /// <summary>Done from the confirmation page only (its form carries the ids and the antiforgery token).</summary>
    [HttpPost("/admin/{kind}/lot/{operation}")]
    public async Task<IActionResult> Bulk([FromRoute] string kind, [FromRoute] string operation, [FromForm(Name = "id")] Guid[]? ids, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found || BulkActions.OperationOf(operation) is not { } chosen)
        {
            return NotFound();
        }
        var done = await bulk.ApplyAsync(found, chosen, ids ?? [], Author, cancellationToken);
        var count = Text.Count(done.Count, found.Singular, found.Plural);
        var plural = done.Count > 1 ? "s" : "";
        TempData["Success"] = done.Count == 0
            ? "Rien n'a changé : aucun des éléments cochés n'était concerné."
            : chosen switch
            {
                BulkOperation.Publish => $"{Text.Capitalize(count)} {found.Agree("publié")}{plural} : visible{plural} sur le site dès maintenant.",
                BulkOperation.Unpublish => $"{Text.Capitalize(count)} {found.Agree("dépublié")}{plural} : en brouillon, plus visible{plural} sur le site.",
                _ => $"{Text.Capitalize(count)} dans la corbeille : plus visible{plural} sur le site, restaurable{plural} depuis la corbeille.",
            };
        return Redirect(found.ListPath);
    }

    [HttpGet("/admin/{kind}/nouveau")]
    public async Task<IActionResult> New([FromRoute] string kind, CancellationToken cancellationToken) =>
        ContentKinds.BySlug(kind) is { } found
            ? View("Edit", await query.NewFormAsync(found, cancellationToken))
            : NotFound();

    [HttpPost("/admin/{kind}/nouveau")]
    public async Task<IActionResult> Create([FromRoute] string kind, [FromForm(Name = "commande")] string? command, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found)
        {
            return NotFound();
        }
        var values = EditorValues.FromForm(Request.Form);
        var outcome = await commands.CreateAsync(found, values, CommandOf(command), Author, cancellationToken);
        return await SavedOrFormAsync(found, values, outcome, created: true, cancellationToken);
    }

    [HttpGet("/admin/{kind}/{id:guid}")]
    public async Task<IActionResult> Edit([FromRoute] string kind, [FromRoute] Guid id, CancellationToken cancellationToken) =>
        ContentKinds.BySlug(kind) is { } found && await query.EditFormAsync(found, id, cancellationToken) is { } page
            ? View(page)
            : NotFound();

    [HttpPost("/admin/{kind}/{id:guid}")]
    public async Task<IActionResult> Update([FromRoute] string kind, [FromRoute] Guid id, [FromForm(Name = "version")] Guid? version, [FromForm(Name = "commande")] string? command, CancellationToken cancellationToken)
    {
        var values = EditorValues.FromForm(Request.Form);
        if (ContentKinds.BySlug(kind) is not { } found)
        {
            return NotFound();
        }
        var outcome = command == PendingCommand
            ? await commands.SavePendingAsync(found, id, values, version, Author, cancellationToken)
            : await commands.UpdateAsync(found, id, values, version, CommandOf(command), Author, cancellationToken);
        return outcome is null ? NotFound() : await SavedOrFormAsync(found, values, outcome, created: false, cancellationToken);
    }

    /// <summary>The value of « Enregistrer comme version en attente » (decision 0013).</summary>
    private const string PendingCommand = "attente";

    /// <summary>« Abandonner la version en attente »: the published item stays as it is.</summary>
    [HttpPost("/admin/{kind}/{id:guid}/version-en-attente/abandonner")]
    public async Task<IActionResult> AbandonPending([FromRoute] string kind, [FromRoute] Guid id, [FromForm(Name = "version")] Guid? version, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found || await commands.AbandonPendingAsync(found, id, version, Author, cancellationToken) is not { } outcome)
        {
            return NotFound();
        }
        if (outcome.Saved is { } saved)
        {
            TempData["Success"] = $"Version en attente abandonnée pour {found.WithArticle} « {found.TitleOf(saved)} » : la version publiée reste telle quelle ; celle abandonnée est dans l'historique.";
            return Redirect(found.EditPath(id));
        }
        // Someone saved meanwhile: the form of what is stored now, with who changed what.
        Response.StatusCode = StatusCodes.Status409Conflict;
        var current = outcome.Current!;
        var values = current.PendingSnapshot is { } pending ? EditorValues.FromSnapshot(found, current, pending) : EditorValues.FromEntity(found, current);
        return View("Edit", await query.FormAsync(found, current, values, cancellationToken, conflict: outcome.Conflict));
    }

    /// <summary>« Marquer comme vérifié »: a button of the edit form, so the form's version and values come with it.</summary>
    [HttpPost("/admin/{kind}/{id:guid}/verifier")]
    public async Task<IActionResult> Verify([FromRoute] string kind, [FromRoute] Guid id, [FromForm(Name = "version")] Guid? version, CancellationToken cancellationToken)
    {
        var values = EditorValues.FromForm(Request.Form);
        if (ContentKinds.BySlug(kind) is not { } found || await commands.VerifyAsync(found, id, values, version, Author, cancellationToken) is not { } outcome)
        {
            return NotFound();
        }
        if (outcome.Saved is ContentItem verified)
        {
            TempData["Success"] = $"{found.Naming(verified)} est {found.Agree("marqué")} comme {found.Agree("vérifié")} le {FrenchFormat.Date(verified.VerifiedOn!.Value)} par {verified.VerifiedBy} : "
                + "c'est inscrit dans l'historique, le contenu n'a pas changé.";
            return Redirect(found.EditPath(id));
        }
        Response.StatusCode = outcome.Conflict is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return View("Edit", await query.FormAsync(found, outcome.Current, values, cancellationToken, outcome.Errors, outcome.Conflict, verifying: true, unsavedFields: outcome.UnsavedFields));
    }

    /// <summary>« Prévisualiser les modifications »: the public page with the form's values, saved nowhere.</summary>
    [HttpPost("/admin/{kind}/nouveau/apercu")]
    [HttpPost("/admin/{kind}/{id:guid}/apercu")]
    public async Task<IActionResult> PreviewChanges([FromRoute] string kind, [FromRoute] Guid? id, CancellationToken cancellationToken)
    {
        var values = EditorValues.FromForm(Request.Form);
        var site = SiteAddress.Of(Request);
        if (ContentKinds.BySlug(kind) is not { } found
            || await commands.PreviewUnsavedAsync(found, id, values, Author, (itemId, token) => preview.LoadAsync(found.Slug, itemId, site, token), cancellationToken) is not { } outcome)
        {
            return NotFound();
        }
        if (outcome.Shown is not { } shown)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Edit", await query.FormAsync(found, outcome.Current, values, cancellationToken, outcome.Errors));
        }
        ViewData[PreviewNotice.Key] = shown.Notice is null ? null : shown.Notice with
        {
            Message = "Aperçu des modifications du formulaire : rien n'est encore enregistré ni publié. Fermez cet onglet pour revenir au formulaire.",
        };
        return View(shown.ViewName, shown.Model);
    }

    /// <summary>
    /// « Ajouter un contact »…: the form back as typed with one more row of the rows field named by
    /// <c>ajouter</c>; nothing is saved nor checked, so no error shows. Works without JavaScript.
    /// </summary>
    [HttpPost("/admin/{kind}/nouveau/ligne")]
    [HttpPost("/admin/{kind}/{id:guid}/ligne")]
    public async Task<IActionResult> AddRow([FromRoute] string kind, [FromRoute] Guid? id, [FromForm(Name = "ajouter")] string? field, CancellationToken cancellationToken)
    {
        var values = EditorValues.FromForm(Request.Form);
        return ContentKinds.BySlug(kind) is { } found && await query.RowAddedFormAsync(found, id, values, field, cancellationToken) is { } page
            ? View("Edit", page)
            : NotFound();
    }

    [HttpGet("/admin/{kind}/{id:guid}/corbeille")]
    public async Task<IActionResult> ConfirmTrash([FromRoute] string kind, [FromRoute] Guid id, CancellationToken cancellationToken) =>
        ContentKinds.BySlug(kind) is { } found && await confirmations.TrashAsync(found, id, cancellationToken) is { } page
            ? View(ConfirmationPage.View, page)
            : NotFound();

    [HttpGet("/admin/{kind}/{id:guid}/depublier")]
    public async Task<IActionResult> ConfirmUnpublish([FromRoute] string kind, [FromRoute] Guid id, CancellationToken cancellationToken) =>
        ContentKinds.BySlug(kind) is { } found && await confirmations.UnpublishAsync(found, id, cancellationToken) is { } page
            ? View(ConfirmationPage.View, page)
            : NotFound();

    /// <summary>Done from its confirmation page: the status only, whatever a form elsewhere holds unsaved.</summary>
    [HttpPost("/admin/{kind}/{id:guid}/depublier")]
    public Task<IActionResult> Unpublish([FromRoute] string kind, [FromRoute] Guid id, CancellationToken cancellationToken) =>
        ChangeStatusAsync(kind, id, PublicationStatus.Draft, cancellationToken);

    [HttpPost("/admin/{kind}/{id:guid}/corbeille")]
    public Task<IActionResult> Trash([FromRoute] string kind, [FromRoute] Guid id, CancellationToken cancellationToken) =>
        ChangeStatusAsync(kind, id, PublicationStatus.Deleted, cancellationToken);

    [HttpPost("/admin/{kind}/{id:guid}/restaurer")]
    public Task<IActionResult> Untrash([FromRoute] string kind, [FromRoute] Guid id, CancellationToken cancellationToken) =>
        ChangeStatusAsync(kind, id, PublicationStatus.Draft, cancellationToken);

    private async Task<IActionResult> ChangeStatusAsync(string kind, Guid id, PublicationStatus status, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found || await query.StatusOfAsync(found, id, cancellationToken) is not { } before
            || await commands.SetStatusAsync(found, id, status, Author, cancellationToken) is not { } item)
        {
            return NotFound();
        }
        var wasDeleted = before == PublicationStatus.Deleted;
        TempData["Success"] = status == PublicationStatus.Deleted
            ? $"{found.Naming(item)} est dans la corbeille : plus visible sur le site, restaurable depuis la corbeille."
            : wasDeleted
                ? $"{found.Naming(item)} est {found.Agree("sorti")} de la corbeille, en brouillon, invisible sur le site jusqu'à sa publication."
                : $"{found.Naming(item)} est {found.Agree("dépublié")} : en brouillon, plus visible sur le site.";
        return Redirect(status == PublicationStatus.Deleted ? found.ListPath : found.EditPath(id));
    }

    /// <summary>
    /// A save done goes back to the item's form with a confirmation; a refused one shows the form
    /// again with the person's text. With a conflict, the form now carries the current version, so
    /// saving again is a deliberate choice made after reading what changed.
    /// </summary>
    private async Task<IActionResult> SavedOrFormAsync(ContentKind kind, EditorValues values, EditorOutcome outcome, bool created, CancellationToken cancellationToken)
    {
        if (outcome.Saved is { } saved)
        {
            TempData["Success"] = Confirmation(kind, saved, created);
            if (MarkdownWarnings(kind, values) is { Length: > 0 } warnings)
            {
                TempData["Warnings"] = warnings;
            }
            return Redirect(kind.EditPath(saved.Id));
        }
        Response.StatusCode = outcome.Conflict is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return View("Edit", await query.FormAsync(kind, outcome.Current, values, cancellationToken, outcome.Errors, outcome.Conflict));
    }

    /// <summary>What the public page will not show as typed in the formatted fields: dropped links, HTML shown as text.</summary>
    private string[] MarkdownWarnings(ContentKind kind, EditorValues values) =>
        [.. kind.Fields.Where(f => f.Kind == FieldKind.Markdown)
            .SelectMany(f => markdown.Warnings(values.Text(f.Property)).Select(w => $"{f.Label} : {w}"))];

    private static EditorCommand CommandOf(string? command) => command switch
    {
        "publier" => EditorCommand.Publish,
        "depublier" => EditorCommand.Unpublish,
        "publier-attente" => EditorCommand.PublishPending,
        _ => EditorCommand.Save,
    };

    private static string Confirmation(ContentKind kind, EditableEntity item, bool created)
    {
        var what = kind.Agree(created ? "créé" : "enregistré");
        if (item.HasPendingVersion)
        {
            return $"Version en attente enregistrée pour {kind.WithArticle} « {kind.TitleOf(item)} » : le site montre toujours la version publiée, jusqu'à « Publier la version en attente ».";
        }
        return item.Status == PublicationStatus.Published
            ? $"{kind.Naming(item)} est {what} et {kind.Agree("publié")} : visible sur le site dès maintenant."
            : $"{kind.Naming(item)} est {what} en brouillon : pas visible sur le site.";
    }
}
