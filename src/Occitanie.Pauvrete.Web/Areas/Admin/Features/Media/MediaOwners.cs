using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Media;

/// <summary>
/// The kinds that take files — releases and pages (images and PDFs), source documents (their own
/// PDF, one at most) — and how a file names its item.
/// </summary>
public static class MediaOwners
{
    public static bool Accepts(ContentKind kind) =>
        kind.EntityType == typeof(PressRelease) || kind.EntityType == typeof(Page) || kind.EntityType == typeof(SourceDocument);

    /// <summary>A source document takes one file, the document itself as a PDF: no image.</summary>
    public static bool TakesOnePdf(ContentKind kind) => kind.EntityType == typeof(SourceDocument);

    /// <summary>The files of one item.</summary>
    public static IQueryable<MediaFile> FilesOf(PortalDbContext db, ContentKind kind, Guid id) =>
        kind.EntityType == typeof(PressRelease) ? db.MediaFiles.Where(f => f.PressReleaseId == id)
        : kind.EntityType == typeof(SourceDocument) ? db.MediaFiles.Where(f => f.SourceDocumentId == id)
        : db.MediaFiles.Where(f => f.PageId == id);

    public static async Task<bool> ExistsAsync(PortalDbContext db, ContentKind kind, Guid id, CancellationToken cancellationToken) =>
        kind.EntityType == typeof(PressRelease) ? await db.PressReleases.AnyAsync(r => r.Id == id, cancellationToken)
        : kind.EntityType == typeof(SourceDocument) ? await db.SourceDocuments.AnyAsync(d => d.Id == id, cancellationToken)
        : await db.Pages.AnyAsync(p => p.Id == id, cancellationToken);

    public static void Attach(MediaFile file, ContentKind kind, Guid id)
    {
        if (kind.EntityType == typeof(PressRelease))
        {
            file.PressReleaseId = id;
        }
        else if (kind.EntityType == typeof(SourceDocument))
        {
            file.SourceDocumentId = id;
        }
        else
        {
            file.PageId = id;
        }
    }
}
