using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Media;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Media;

/// <summary>
/// Images and PDFs of releases and pages, and the PDF of a source document: sent from the item's edit page (a form of its own, in
/// multipart), checked and stored in the database (<see cref="MediaCheck"/>), removed; and shown to
/// staff whatever the item's status, for the preview of a draft.
/// </summary>
[Area("Admin")]
public sealed class MediaAdminController(PortalDbContext db, ContentQuery query, IOptions<MediaOptions> options) : Controller
{
    /// <summary>The longest text alternative or title kept (the columns' length).</summary>
    private const int MaxAltText = 500;
    private const int MaxTitle = 300;

    private string Author => User.Identity?.Name ?? throw new InvalidOperationException("A staff page without a signed-in user.");

    [HttpPost("/admin/{kind}/{id:guid}/fichiers")]
    [MediaUploadLimits]
    public async Task<IActionResult> Upload([FromRoute] string kind, [FromRoute] Guid id, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found || !MediaOwners.Accepts(found) || !await MediaOwners.ExistsAsync(db, found, id, cancellationToken))
        {
            return NotFound();
        }
        var form = await Request.ReadFormAsync(cancellationToken);
        var altText = Trimmed(form["texteAlternatif"]);
        var title = Trimmed(form["intitule"]);
        var sent = form.Files.GetFile("fichier");

        string? error = null;
        CheckedMedia? media = null;
        if (sent is null || sent.Length == 0)
        {
            error = "Choisissez un fichier à envoyer : une image JPEG, PNG ou WebP, ou un document PDF.";
        }
        else if (sent.Length > options.Value.MaxFileBytes)
        {
            // Refused before reading it into memory.
            error = $"Le fichier « {sent.FileName} » pèse {MediaFormat.Size(sent.Length)} : la limite est de {MediaFormat.Size(options.Value.MaxFileBytes)}. Réduisez-le (image moins grande, PDF compressé) puis envoyez-le de nouveau.";
        }
        else
        {
            using var buffer = new MemoryStream((int)sent.Length);
            await sent.CopyToAsync(buffer, cancellationToken);
            (media, error) = MediaCheck.Check(buffer.ToArray(), sent.FileName, options.Value);
            if (MediaOwners.TakesOnePdf(found) && media is { Kind: not MediaKind.Pdf })
            {
                error = $"« {sent.FileName} » est une image : un document source ne prend que le document lui-même, en PDF.";
            }
            else if (MediaOwners.TakesOnePdf(found) && media is not null && await MediaOwners.FilesOf(db, found, id).AnyAsync(cancellationToken))
            {
                error = "Ce document source a déjà son fichier PDF : retirez-le d'abord pour le remplacer.";
            }
            else if (media is { Kind: MediaKind.Image } && altText is null)
            {
                error = "Donnez le texte alternatif de l'image : ce qu'elle montre, pour les personnes qui ne la voient pas. Puis choisissez de nouveau le fichier.";
            }
            else if (altText?.Length > MaxAltText || title?.Length > MaxTitle)
            {
                error = $"Le texte alternatif est limité à {MaxAltText} caractères et l'intitulé à {MaxTitle}.";
            }
        }
        if (error is not null || media is null)
        {
            MediaUploadState.Set(HttpContext, new MediaUploadState(error!, altText, title));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            // The edit page finds its partials (_EditorField…) in the content editor's folder, by controller name.
            RouteData.Values["controller"] = "Content";
            return View("~/Areas/Admin/Features/Content/Edit.cshtml", await query.EditFormAsync(found, id, cancellationToken));
        }

        var file = new MediaFile
        {
            Id = Guid.NewGuid(),
            Kind = media.Kind,
            FileName = MediaFormat.SafeFileName(sent!.FileName, media.ContentType),
            ContentType = media.ContentType,
            Size = media.Content.LongLength,
            Hash = media.Hash,
            AltText = media.Kind == MediaKind.Image ? altText : null,
            Title = media.Kind == MediaKind.Pdf ? title : null,
            Content = media.Content,
            CreatedAt = DateTime.UtcNow,
            CreatedBy = Author,
        };
        MediaOwners.Attach(file, found, id);
        db.MediaFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = media.Kind == MediaKind.Image
            ? $"L'image « {file.FileName} » est ajoutée ({MediaFormat.Detail(file.ContentType, file.Size)}), sans les informations cachées du fichier envoyé."
            : $"Le document « {file.FileName} » est ajouté ({MediaFormat.Detail(file.ContentType, file.Size)}).";
        return Redirect(found.EditPath(id) + "#fichiers");
    }

    [HttpPost("/admin/{kind}/{id:guid}/fichiers/{fileId:guid}/retirer")]
    public async Task<IActionResult> Remove([FromRoute] string kind, [FromRoute] Guid id, [FromRoute] Guid fileId, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kind) is not { } found || !MediaOwners.Accepts(found)
            || await MediaOwners.FilesOf(db, found, id).Where(f => f.Id == fileId).Select(f => f.FileName).FirstOrDefaultAsync(cancellationToken) is not { } fileName)
        {
            return NotFound();
        }
        // Through SaveChanges, not a bulk delete: the save is what evicts the cached public pages.
        db.MediaFiles.Remove(new MediaFile { Id = fileId });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"« {fileName} » est retiré : il n'apparaît plus sur la page.";
        return Redirect(found.EditPath(id) + "#fichiers");
    }

    /// <summary>A file for staff, whatever its item's status (the preview of a draft shows its image).</summary>
    [HttpGet("/admin/fichiers/{fileId:guid}")]
    public async Task<IActionResult> Show([FromRoute] Guid fileId, CancellationToken cancellationToken) =>
        await db.MediaFiles.AsNoTracking().Where(f => f.Id == fileId).Select(f => new { f.Kind, f.ContentType, f.FileName, f.Content }).FirstOrDefaultAsync(cancellationToken) is { } file
            ? MediaController.Served(file.Kind, file.ContentType, file.FileName, file.Content, tag: null)
            : NotFound();

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
