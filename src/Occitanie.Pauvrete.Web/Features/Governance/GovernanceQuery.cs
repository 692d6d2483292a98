using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Pages;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Governance;

public sealed record WorkingGroupLink(string Slug, string Title);

public sealed record GovernanceViewModel(PageContent Page, IReadOnlyList<WorkingGroupLink> WorkingGroups)
    : PageViewModel(Page.Title, Page.Summary ?? Page.Title);

public sealed record WorkingGroupItem(string Slug, string Title, string? Summary, string Body);

/// <summary>
/// The working groups; the editors' note of <see cref="Sources"/> is the governance page's, which
/// says how the sources count the groups (11 listed in 2022, 12 announced in 2024).
/// </summary>
public sealed record WorkingGroupsViewModel(IReadOnlyList<WorkingGroupItem> Groups, ItemSources Sources)
    : PageViewModel(WorkingGroupsTitle, "Les groupes de travail thématiques qui accompagnent le commissaire à la lutte contre la pauvreté en Occitanie.")
{
    public const string WorkingGroupsTitle = "Les groupes de travail";
}

public sealed class GovernanceQuery(PortalDbContext db)
{
    public const string GovernanceSlug = "gouvernance";

    public async Task<GovernanceViewModel?> LoadGovernanceAsync(CancellationToken cancellationToken, bool includeUnpublished = false)
    {
        var page = await PageContent.LoadAsync(db, GovernanceSlug, cancellationToken, includeUnpublished);
        if (page is null)
        {
            return null;
        }
        var groups = await db.WorkingGroups.AsNoTracking()
            .Published()
            .OrderBy(g => g.Order)
            .Select(g => new WorkingGroupLink(g.Slug, g.Title))
            .ToListAsync(cancellationToken);
        return new GovernanceViewModel(page, groups) { Breadcrumb = [new Crumb(page.Title)] };
    }

    /// <param name="previewed">Staff's preview of one group: it is listed whatever its status, among the published ones.</param>
    public async Task<WorkingGroupsViewModel> LoadWorkingGroupsAsync(CancellationToken cancellationToken, Guid? previewed = null)
    {
        var groups = await db.WorkingGroups.AsNoTracking()
            .Where(g => g.IsPublished || g.Id == previewed)
            .OrderBy(g => g.Order)
            .Select(g => new { g.Slug, g.Title, g.Summary, g.Body, g.Sources })
            .ToListAsync(cancellationToken);
        var governance = await db.Pages.AsNoTracking()
            .Published()
            .Where(p => p.Slug == GovernanceSlug)
            .Select(p => new { p.Title, p.EditorNote })
            .SingleOrDefaultAsync(cancellationToken);
        // Every group cites the same page: its sources are listed once for the whole list.
        var sources = await ItemSources.LoadAsync(db, [.. groups.SelectMany(g => g.Sources)], verifiedOn: null, governance?.EditorNote, cancellationToken);
        return new WorkingGroupsViewModel(
            groups.Select(g => new WorkingGroupItem(g.Slug, g.Title, g.Summary, g.Body)).ToList(),
            sources)
        {
            Breadcrumb = [new Crumb(governance?.Title ?? "Gouvernance", PublicPaths.Governance), new Crumb(WorkingGroupsViewModel.WorkingGroupsTitle)],
        };
    }
}
