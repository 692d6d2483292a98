using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Media;

/// <summary>
/// Serves the images and PDFs of published releases and pages, and the PDFs of source documents, from the database, the same on every
/// instance. The address holds the hash of the bytes, so browsers and proxies keep a file for a year
/// without asking again; the files stay out of the output cache (they would crowd the pages out).
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class MediaController(PortalDbContext db) : Controller
{
    [HttpGet("/fichiers/{hash:regex(^[[0-9a-f]]{{64}}$)}/{name}")]
    [OutputCache(NoStore = true)]
    public async Task<IActionResult> Show(string hash, CancellationToken cancellationToken)
    {
        // Only a file of a published release, page or source document: a draft's file is not public, even by its address.
        var file = await db.MediaFiles.AsNoTracking()
            .Where(f => f.Hash == hash && ((f.PressRelease != null && f.PressRelease.IsPublished) || (f.Page != null && f.Page.IsPublished)
                || (f.SourceDocument != null && f.SourceDocument.IsPublished)))
            .Select(f => new { f.Kind, f.ContentType, f.FileName, f.Content })
            .FirstOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return Served(file.Kind, file.ContentType, file.FileName, file.Content, new EntityTagHeaderValue($"\"{hash}\""));
    }

    /// <summary>
    /// A PDF is downloaded (Content-Disposition: attachment), never opened as a page of the portal;
    /// an image is shown inline. The type is the one found from the bytes at upload, and the site's
    /// nosniff header keeps browsers to it.
    /// </summary>
    internal static FileContentResult Served(MediaKind kind, string contentType, string fileName, byte[] content, EntityTagHeaderValue? tag) =>
        new(content, contentType)
        {
            FileDownloadName = kind == MediaKind.Pdf ? fileName : "",
            EntityTag = tag,
        };
}
