using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Governance;
using Occitanie.Pauvrete.Web.Features.Pages;
using Occitanie.Pauvrete.Web.Features.Shared;

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
        var intentions = await UrlsAsync(db.Intentions.OrderBy(i => i.Order), PublicPaths.Intention, cancellationToken);
        var axes = await UrlsAsync(db.Axes.OrderBy(a => a.Number), PublicPaths.Axis, cancellationToken);
        var measures = await UrlsAsync(db.Measures.OrderBy(m => m.Slug), PublicPaths.Measure, cancellationToken);
        var workshops = await UrlsAsync(db.Workshops.OrderBy(w => w.Order), PublicPaths.Workshop, cancellationToken);
        var conferences = await UrlsAsync(db.Conferences.OrderByDescending(c => c.Date), PublicPaths.Conference, cancellationToken);
        var releases = await UrlsAsync(db.PressReleases.OrderByDescending(r => r.Date), PublicPaths.PressRelease, cancellationToken);
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
            new(PublicPaths.Home, latest),
            // The list of intentions counts their measures and sessions: it changes with them.
            new(PublicPaths.Intentions, Latest([.. intentions, .. measures, .. workshops])),
            .. intentions,
            new(PublicPaths.Axes, Latest(axes)),
            .. axes,
            new(PublicPaths.Measures, Latest(measures)),
            .. measures,
            new(PublicPaths.Workshops, Latest(workshops)),
            .. workshops,
            new(PublicPaths.Conferences, Latest(conferences)),
            .. conferences,
            new(PublicPaths.PressReleases, Latest(releases)),
            new(PublicPaths.PressContacts, Latest(releases)),
            new(PublicPaths.PressFeedHelp, Latest(releases)),
            .. releases,
            // The tools a mayor uses: their figures and lists are the measures'.
            new(PublicPaths.Estimates, Latest(measures)),
            new(PublicPaths.Embed, Latest([.. intentions, .. measures])),
        ];
        // The governance page lists the working groups; their page shows the governance page's note.
        var governance = pages.TryGetValue(GovernanceQuery.GovernanceSlug, out var governanceChange) ? governanceChange : (DateTime?)null;
        if (governance is not null)
        {
            urls.Add(new(PublicPaths.Governance, Max(governance, workingGroups)));
        }
        urls.Add(new(PublicPaths.WorkingGroups, Max(governance, workingGroups)));
        // The open data and the API's reference describe the same datasets.
        var datasets = Latest([.. measures, .. workshops, .. releases]);
        urls.Add(new(PublicPaths.OpenData, datasets));
        urls.Add(new(PublicPaths.ApiReference, datasets));
        foreach (var slug in PagesQuery.FooterPages)
        {
            if (pages.TryGetValue(slug, out var changed))
            {
                urls.Add(new(PublicPaths.Page(slug), slug == "plan-du-site" ? Max(changed, latest) : changed));
            }
        }
        return urls;
    }

    /// <summary>The pages of the published <paramref name="items"/>, at the address <paramref name="pathOf"/> gives their slug, in the order given.</summary>
    private static async Task<List<SitemapUrl>> UrlsAsync<T>(IQueryable<T> items, Func<string, string> pathOf, CancellationToken cancellationToken)
        where T : ContentItem =>
        [.. (await items.AsNoTracking().Published().Select(i => new { i.Slug, i.UpdatedAt }).ToListAsync(cancellationToken))
            .Select(i => new SitemapUrl(pathOf(i.Slug), i.UpdatedAt))];

    private static DateTime? Latest(IEnumerable<SitemapUrl> urls) => urls.Max(u => u.LastModified);

    private static DateTime? Max(params IEnumerable<DateTime?> dates) => dates.Max();
}
