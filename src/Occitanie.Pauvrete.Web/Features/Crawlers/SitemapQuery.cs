using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Governance;
using Occitanie.Pauvrete.Web.Features.Pages;

namespace Occitanie.Pauvrete.Web.Features.Crawlers;

/// <summary>An address of the sitemap and when what it shows last changed (null when nothing says).</summary>
public sealed record SitemapUrl(string Path, DateTime? LastModified);

/// <summary>
/// Every public page of the portal, from the database: the published items with their last change,
/// and the lists that show them with the latest change of their items. One query per kind of item.
/// </summary>
public sealed class SitemapQuery(PortalDbContext db)
{
    public async Task<IReadOnlyList<SitemapUrl>> LoadAsync(CancellationToken cancellationToken)
    {
        var intentions = await UrlsAsync(db.Intentions.OrderBy(i => i.Order), "/je-souhaite/", cancellationToken);
        var axes = await UrlsAsync(db.Axes.OrderBy(a => a.Number), "/axes/", cancellationToken);
        var measures = await UrlsAsync(db.Measures.OrderBy(m => m.Slug), "/mesures/", cancellationToken);
        var workshops = await UrlsAsync(db.Workshops.OrderBy(w => w.Order), "/ateliers/", cancellationToken);
        var conferences = await UrlsAsync(db.Conferences.OrderByDescending(c => c.Date), "/conferences/", cancellationToken);
        var releases = await UrlsAsync(db.PressReleases.OrderByDescending(r => r.Date), "/communiques/", cancellationToken);
        var workingGroups = await db.WorkingGroups.AsNoTracking().Published().Select(g => (DateTime?)g.UpdatedAt).MaxAsync(cancellationToken);
        // The pages of the Pages table with an address of their own: governance and the footer's pages.
        var pages = await db.Pages.AsNoTracking().Published()
            .Where(p => p.Slug == GovernanceQuery.GovernanceSlug || PagesQuery.FooterPages.Contains(p.Slug))
            .Select(p => new { p.Slug, p.UpdatedAt })
            .ToDictionaryAsync(p => p.Slug, p => p.UpdatedAt, cancellationToken);

        // The home page and the site map show a bit of everything: they change with anything.
        var latest = Max([Latest([.. intentions, .. axes, .. measures, .. workshops, .. conferences, .. releases]), workingGroups, .. pages.Values.Cast<DateTime?>()]);
        List<SitemapUrl> urls =
        [
            new("/", latest),
            .. intentions,
            new("/axes", Latest(axes)),
            .. axes,
            new("/mesures", Latest(measures)),
            .. measures,
            new("/ateliers", Latest(workshops)),
            .. workshops,
            new("/conferences", Latest(conferences)),
            .. conferences,
            new("/communiques", Latest(releases)),
            new("/communiques/contacts-presse", Latest(releases)),
            .. releases,
        ];
        // The governance page lists the working groups; their page shows the governance page's note.
        var governance = pages.TryGetValue(GovernanceQuery.GovernanceSlug, out var governanceChange) ? governanceChange : (DateTime?)null;
        if (governance is not null)
        {
            urls.Add(new("/gouvernance", Max(governance, workingGroups)));
        }
        urls.Add(new("/groupes-de-travail", Max(governance, workingGroups)));
        urls.Add(new("/donnees", Latest([.. measures, .. workshops, .. releases])));
        foreach (var slug in PagesQuery.FooterPages)
        {
            if (pages.TryGetValue(slug, out var changed))
            {
                urls.Add(new("/" + slug, slug == "plan-du-site" ? Max(changed, latest) : changed));
            }
        }
        return urls;
    }

    /// <summary>The pages of the published <paramref name="items"/>, at <paramref name="prefix"/> + their slug, in the order given.</summary>
    private static Task<List<SitemapUrl>> UrlsAsync<T>(IQueryable<T> items, string prefix, CancellationToken cancellationToken)
        where T : ContentItem =>
        items.AsNoTracking().Published().Select(i => new SitemapUrl(prefix + i.Slug, i.UpdatedAt)).ToListAsync(cancellationToken);

    private static DateTime? Latest(IEnumerable<SitemapUrl> urls) => urls.Max(u => u.LastModified);

    private static DateTime? Max(params IEnumerable<DateTime?> dates) => dates.Max();
}
