using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Media;

/// <summary>The kinds that take images and PDFs (releases and pages), and how a file names its item.</summary>
public static class MediaOwners
{
    public static bool Accepts(ContentKind kind) => kind.EntityType == typeof(PressRelease) || kind.EntityType == typeof(Page);

    /// <summary>The files of one item.</summary>
    public static IQueryable<MediaFile> FilesOf(PortalDbContext db, ContentKind kind, Guid id) =>
        kind.EntityType == typeof(PressRelease)
            ? db.MediaFiles.Where(f => f.PressReleaseId == id)
            : db.MediaFiles.Where(f => f.PageId == id);

    public static async Task<bool> ExistsAsync(PortalDbContext db, ContentKind kind, Guid id, CancellationToken cancellationToken) =>
        kind.EntityType == typeof(PressRelease)
            ? await db.PressReleases.AnyAsync(r => r.Id == id, cancellationToken)
            : await db.Pages.AnyAsync(p => p.Id == id, cancellationToken);

    public static void Attach(MediaFile file, ContentKind kind, Guid id)
    {
        if (kind.EntityType == typeof(PressRelease))
        {
            file.PressReleaseId = id;
        }
        else
        {
            file.PageId = id;
        }
    }
}
