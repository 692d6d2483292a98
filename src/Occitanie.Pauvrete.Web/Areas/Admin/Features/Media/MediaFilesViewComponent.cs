using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Media;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Media;

/// <summary>What the « Images et documents » block of an edit page shows.</summary>
public sealed record MediaFilesModel(ContentKind Kind, Guid? Id, IReadOnlyList<MediaItem> Files, MediaUploadState? Refused, long MaxFileBytes)
{
    /// <summary>A source document: its own PDF, one at most, instead of images and attachments.</summary>
    public bool OnePdf => MediaOwners.TakesOnePdf(Kind);
}

/// <summary>
/// The images and PDFs of the item being edited, and the form that adds one, below the item's form:
/// a form of its own (multipart, sent alone), so the edit form and its binding stay as they are.
/// Shown only for the kinds that take files (<see cref="MediaOwners"/>).
/// </summary>
public sealed class MediaFilesViewComponent(PortalDbContext db, IOptions<MediaOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ContentKind kind, Guid? id)
    {
        if (!MediaOwners.Accepts(kind))
        {
            return Content("");
        }
        IReadOnlyList<MediaItem> files = id is { } itemId
            ? await MediaOwners.FilesOf(db, kind, itemId).AsNoTracking().OrderBy(f => f.CreatedAt).Select(MediaItem.Projection).ToListAsync(HttpContext.RequestAborted)
            : [];
        return View("~/Areas/Admin/Features/Media/_MediaFiles.cshtml",
            new MediaFilesModel(kind, id, files, MediaUploadState.Of(HttpContext), options.Value.MaxFileBytes));
    }
}
