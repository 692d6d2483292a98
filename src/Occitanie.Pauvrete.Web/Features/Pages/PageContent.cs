using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Media;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Pages;

/// <summary>A page of the Pages table as the public sees it (governance, legal pages, contact…), with its sources and editors' note.</summary>
public sealed record PageContent(string Title, string? Summary, string Body, ItemSources Sources)
{
    /// <summary>Its images and PDFs.</summary>
    public PageMedia Media { get; init; } = PageMedia.None;

    /// <summary>The published page with this slug and its sources' titles and dates, or null.</summary>
    /// <param name="includeUnpublished">Staff's preview: the page whatever its status.</param>
    public static async Task<PageContent?> LoadAsync(PortalDbContext db, string slug, CancellationToken cancellationToken, bool includeUnpublished = false)
    {
        var page = await db.Pages.AsNoTracking()
            .PublishedUnless(includeUnpublished)
            .Where(p => p.Slug == slug)
            .Select(p => new
            {
                p.Title, p.Summary, p.Body, p.EditorNote, p.Sources, p.VerifiedOn,
                Media = db.MediaFiles.Where(f => f.PageId == p.Id).OrderBy(f => f.CreatedAt).Select(MediaItem.Projection).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (page is null)
        {
            return null;
        }
        var sources = await ItemSources.LoadAsync(db, page.Sources, page.VerifiedOn, page.EditorNote, cancellationToken);
        return new PageContent(page.Title, page.Summary, page.Body, sources) { Media = new PageMedia(page.Media, StaffView: includeUnpublished) };
    }
}
