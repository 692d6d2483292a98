using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>/gouvernance shows the commissioner's role and levers; /groupes-de-travail the working groups.</summary>
public sealed class GovernancePagesTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    [Fact]
    public async Task The_governance_page_shows_the_three_levers_of_the_commissioner()
    {
        var page = await _portal.GetDocumentAsync("/gouvernance");

        Assert.Equal("La Gouvernance", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        var levers = page.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("1. Les contractualisations", levers);
        Assert.Contains(levers, l => l.StartsWith("2. Les crédits d", StringComparison.Ordinal) && l.EndsWith("intervention", StringComparison.Ordinal));
        Assert.Contains("3. L’animation régionale", levers);
        Assert.Equal("La Gouvernance", page.QuerySelector(".fr-breadcrumb [aria-current=page]")!.TextContent.Trim());
        Assert.Contains("Note de la rédaction", page.QuerySelector("#sources-et-notes #note-de-la-redaction")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_governance_page_links_each_working_group_to_their_page()
    {
        var groups = await _portal.ReadAsync(db => db.WorkingGroups.Published().OrderBy(g => g.Order).Select(g => g.Slug).ToListAsync());

        var page = await _portal.GetDocumentAsync("/gouvernance");

        var links = page.QuerySelectorAll("#working-groups a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(groups.Select(g => $"/groupes-de-travail#{g}"), links);
        Assert.NotNull(page.QuerySelector("main a[href='/groupes-de-travail']"));
    }

    [Fact]
    public async Task The_working_groups_page_lists_the_eleven_groups_in_order_with_the_note_on_their_count()
    {
        var titles = await _portal.ReadAsync(db => db.WorkingGroups.Published().OrderBy(g => g.Order).Select(g => g.Title).ToListAsync());

        var page = await _portal.GetDocumentAsync("/groupes-de-travail");

        Assert.Single(page.QuerySelectorAll("h1"));
        var headings = page.QuerySelectorAll("#working-groups h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(11, headings.Count);
        Assert.Equal(titles, headings);
        Assert.Equal("Petite enfance", headings[0]);
        var note = page.QuerySelector("#sources-et-notes #note-de-la-redaction")!.TextContent;
        Assert.Contains("Note de la rédaction", note, StringComparison.Ordinal);
        Assert.Contains("12 groupes de travail", note, StringComparison.Ordinal);
        var crumbs = page.QuerySelectorAll(".fr-breadcrumb__link");
        Assert.Equal("/gouvernance", crumbs[1].GetAttribute("href"));
        Assert.Equal("Les groupes de travail", crumbs[^1].TextContent.Trim());
    }
}
