using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// /sitemap.xml lists every published page with its last change, from the database, and
/// /robots.txt points to it. (Named apart from <see cref="SiteMapTests"/>, the /plan-du-site page,
/// so that the two files do not clash on a case-insensitive file system.)
/// </summary>
public sealed class SitemapXmlTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly XNamespace _sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private sealed record Entry(string Path, string? LastModified);

    private async Task<List<Entry>> SitemapAsync(HttpClient? client = null)
    {
        using var own = client is null ? portal.CreateClient() : null;
        using var response = await (client ?? own!).GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(_sitemap + "urlset", xml.Root!.Name);
        return xml.Root.Elements(_sitemap + "url")
            .Select(u => new Entry(u.Element(_sitemap + "loc")!.Value, u.Element(_sitemap + "lastmod")?.Value))
            .ToList();
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_sitemap_lists_every_published_measure_workshop_and_release_with_its_last_change()
    {
        var expected = new List<Entry>();
        expected.AddRange(await portal.ReadAsync(async db => (await db.Measures.Published().Select(m => new { m.Slug, m.UpdatedAt }).ToListAsync())
            .Select(m => new Entry("http://localhost/mesures/" + m.Slug, Day(m.UpdatedAt)))));
        expected.AddRange(await portal.ReadAsync(async db => (await db.Workshops.Published().Select(w => new { w.Slug, w.UpdatedAt }).ToListAsync())
            .Select(w => new Entry("http://localhost/ateliers/" + w.Slug, Day(w.UpdatedAt)))));
        expected.AddRange(await portal.ReadAsync(async db => (await db.PressReleases.Published().Select(r => new { r.Slug, r.UpdatedAt }).ToListAsync())
            .Select(r => new Entry("http://localhost/communiques/" + r.Slug, Day(r.UpdatedAt)))));

        var entries = await SitemapAsync();

        string[] itemPages = ["http://localhost/mesures/", "http://localhost/ateliers/", "http://localhost/communiques/"];
        // The press contacts and the feed's page sit under /communiques/ but are not releases.
        string[] pressPages = ["http://localhost/communiques/contacts-presse", "http://localhost/communiques/abonnement"];
        var items = entries.Where(e => itemPages.Any(p => e.Path.StartsWith(p, StringComparison.Ordinal))
            && !pressPages.Contains(e.Path)).ToList();
        Assert.Contains(entries, e => e.Path == "http://localhost/communiques/contacts-presse");
        Assert.Equal(expected.OrderBy(e => e.Path, StringComparer.Ordinal), items.OrderBy(e => e.Path, StringComparer.Ordinal));
        Assert.Equal(entries.Count, entries.Select(e => e.Path).Distinct().Count());
    }

    [Fact]
    public async Task The_sitemap_lists_the_lists_the_other_items_and_the_legal_pages()
    {
        var expected = new List<string> { "/", "/axes", "/mesures", "/ateliers", "/conferences", "/communiques", "/gouvernance", "/groupes-de-travail", "/donnees", "/donnees/api", "/communiques/abonnement", "/combien", "/integrer" };
        expected.AddRange(await portal.ReadAsync(db => db.Intentions.Published().Select(i => "/je-souhaite/" + i.Slug).ToListAsync()));
        expected.AddRange(await portal.ReadAsync(db => db.Axes.Published().Select(a => "/axes/" + a.Slug).ToListAsync()));
        expected.AddRange(await portal.ReadAsync(db => db.Conferences.Published().Select(c => "/conferences/" + c.Slug).ToListAsync()));
        expected.AddRange(await portal.ReadAsync(db => db.Pages.Published().Where(p => p.Slug != "gouvernance").Select(p => "/" + p.Slug).ToListAsync()));

        var entries = await SitemapAsync();

        var paths = entries.Select(e => e.Path).ToList();
        Assert.All(expected, path => Assert.Contains("http://localhost" + path, paths));
        Assert.Contains("http://localhost/mentions-legales", paths);
        Assert.Equal(7, paths.Count(p => p.StartsWith("http://localhost/je-souhaite/", StringComparison.Ordinal)));
        // Not the pages that only show what a visitor asked (a search, a reader's own selection, a block for another site).
        Assert.DoesNotContain(paths, p => p.Contains("/recherche", StringComparison.Ordinal) || p.Contains("/admin", StringComparison.Ordinal)
            || p.Contains("/ma-selection", StringComparison.Ordinal) || p.Contains("/integrer/bloc", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", e.LastModified ?? ""));
    }

    [Fact]
    public async Task A_list_was_last_changed_when_its_latest_item_was()
    {
        var latest = await portal.ReadAsync(db => db.Measures.Published().MaxAsync(m => m.UpdatedAt));

        var entries = await SitemapAsync();

        Assert.Equal(Day(latest), entries.Single(e => e.Path == "http://localhost/mesures").LastModified);
    }

    [Fact]
    public async Task Every_address_of_the_sitemap_answers()
    {
        var entries = await SitemapAsync();
        using var client = portal.CreateClient();

        foreach (var entry in entries)
        {
            using var response = await client.GetAsync(new Uri(entry.Path, UriKind.Absolute));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{entry.Path}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Drafts_leave_the_sitemap()
    {
        var before = await SitemapAsync();
        string[] drafts = ["/mesures/points-conseil-budget", "/ateliers/atelier-01-cantines-tarification-sociale-capendu", "/communiques/2019-06-17-conferences-regionales-point-d-etape"];
        Assert.All(drafts, d => Assert.Contains(before, e => e.Path == "http://localhost" + d));

        await portal.ReadAsync(async db =>
        {
            await SetDraftAsync(db.Measures, "points-conseil-budget");
            await SetDraftAsync(db.Workshops, "atelier-01-cantines-tarification-sociale-capendu");
            await SetDraftAsync(db.PressReleases, "2019-06-17-conferences-regionales-point-d-etape");
            return await db.SaveChangesAsync();
        });
        var after = await SitemapAsync();

        Assert.All(drafts, d => Assert.DoesNotContain(after, e => e.Path == "http://localhost" + d));
        Assert.Equal(before.Count - drafts.Length, after.Count);
    }

    private static async Task SetDraftAsync<T>(DbSet<T> items, string slug)
        where T : ContentItem
    {
        var item = await items.SingleAsync(i => i.Slug == slug);
        item.Status = PublicationStatus.Draft;
        item.UpdatedBy = "redaction@occitanie.gouv.fr";
    }

    [Fact]
    public async Task Addresses_follow_the_host_and_scheme_of_the_request()
    {
        using var client = portal.CreateClient(new() { BaseAddress = new Uri("https://pauvrete.example.gouv.fr") });

        var entries = await SitemapAsync(client);

        Assert.All(entries, e => Assert.StartsWith("https://pauvrete.example.gouv.fr/", e.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_txt_allows_all_but_the_staff_area_and_names_the_sitemap()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n').Select(l => l.Trim()).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.DoesNotContain("Disallow: /", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }
}
