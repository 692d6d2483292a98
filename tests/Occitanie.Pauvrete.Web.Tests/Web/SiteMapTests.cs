using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>/plan-du-site is generated from the database: every public page, as nested lists.</summary>
public sealed class SiteMapTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    private async Task<List<string>> SiteMapLinksAsync()
    {
        var page = await _portal.GetDocumentAsync("/plan-du-site");
        return page.QuerySelectorAll("#site-map a").Select(a => a.GetAttribute("href")!).ToList();
    }

    [Fact]
    public async Task The_site_map_links_to_every_measure_and_every_session()
    {
        var measures = await _portal.ReadAsync(db => db.Measures.Published().Select(m => "/mesures/" + m.Slug).ToListAsync());
        var sessions = await _portal.ReadAsync(db => db.Workshops.Published().Select(w => "/ateliers/" + w.Slug).ToListAsync());

        var links = await SiteMapLinksAsync();

        Assert.Equal(measures.Order(), links.Where(l => l.StartsWith("/mesures/", StringComparison.Ordinal)).Order());
        Assert.Equal(sessions.Order(), links.Where(l => l.StartsWith("/ateliers/", StringComparison.Ordinal)).Order());
        Assert.Equal(23, sessions.Count);
    }

    [Fact]
    public async Task The_site_map_links_to_every_other_public_page()
    {
        var expected = new List<string> { "/", "/axes", "/mesures", "/ateliers", "/conferences", "/communiques", "/gouvernance", "/groupes-de-travail", "/recherche",
            "/accessibilite", "/mentions-legales", "/donnees-personnelles", "/gestion-des-cookies", "/contact", "/plan-du-site" };
        expected.AddRange(await _portal.ReadAsync(db => db.Intentions.Published().Select(i => "/je-souhaite/" + i.Slug).ToListAsync()));
        expected.AddRange(await _portal.ReadAsync(db => db.Axes.Published().Select(a => "/axes/" + a.Slug).ToListAsync()));
        expected.AddRange(await _portal.ReadAsync(db => db.Conferences.Published().Select(c => "/conferences/" + c.Slug).ToListAsync()));
        expected.AddRange(await _portal.ReadAsync(db => db.PressReleases.Published().Select(r => "/communiques/" + r.Slug).ToListAsync()));

        var links = await SiteMapLinksAsync();

        Assert.All(expected, url => Assert.Contains(url, links));
        Assert.Equal(7, links.Count(l => l.StartsWith("/je-souhaite/", StringComparison.Ordinal)));
        Assert.Equal(6, links.Count(l => l.StartsWith("/axes/", StringComparison.Ordinal)));
        Assert.Equal(links.Count, links.Distinct().Count());
    }

    [Fact]
    public async Task The_items_of_a_section_are_nested_under_it()
    {
        var page = await _portal.GetDocumentAsync("/plan-du-site");

        var measuresItem = page.QuerySelectorAll("#site-map > ul > li")
            .Single(li => li.QuerySelector(":scope > a")?.GetAttribute("href") == "/mesures");
        Assert.NotEmpty(measuresItem.QuerySelectorAll(":scope > ul > li > a[href^='/mesures/']"));
        var axesItem = page.QuerySelectorAll("#site-map > ul > li")
            .Single(li => li.QuerySelector(":scope > a")?.GetAttribute("href") == "/axes");
        Assert.Equal(6, axesItem.QuerySelectorAll(":scope > ul > li").Length);
    }
}
