using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>/je-souhaite, the seven intentions an elected official starts from, one click away on every page.</summary>
public sealed class IntentionsListTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    [Fact]
    public async Task The_list_shows_the_intentions_in_the_guide_s_order_with_what_answers_each()
    {
        var intentions = await _portal.ReadAsync(db => db.Intentions.Published().OrderBy(i => i.Order).Select(i => new
        {
            i.Slug,
            i.Title,
            Workshops = i.Workshops.Count(w => w.IsPublished),
        }).ToListAsync());

        var page = await _portal.GetDocumentAsync("/je-souhaite");

        Assert.Equal("Je souhaite…", VisibleText.Of(Assert.Single(page.QuerySelectorAll("h1"))));
        Assert.Equal(7, intentions.Count);
        var links = page.QuerySelectorAll("#intentions .fr-tile__title a");
        Assert.Equal(intentions.Select(i => $"/je-souhaite/{i.Slug}"), links.Select(a => a.GetAttribute("href")));
        Assert.Equal(intentions.Select(i => i.Title), links.Select(VisibleText.Of));
        foreach (var (intention, link) in intentions.Zip(links))
        {
            var detail = VisibleText.Of(link.Closest(".fr-tile")!.QuerySelector(".fr-tile__detail")!);
            var measures = (await _portal.GetDocumentAsync($"/je-souhaite/{intention.Slug}")).QuerySelectorAll("#mesures .fr-card").Length;
            Assert.StartsWith($"{measures} mesure", detail, StringComparison.Ordinal);
            Assert.Contains($"{intention.Workshops} atelier", detail, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/mesures")]
    [InlineData("/je-souhaite")]
    [InlineData("/je-souhaite/ameliorer-l-acces-aux-droits")]
    public async Task Je_souhaite_is_the_second_entry_of_the_main_navigation(string url)
    {
        var page = await _portal.GetDocumentAsync(url);

        var entries = page.QuerySelectorAll("#navigation .fr-nav__link");
        Assert.Equal("Je souhaite…", VisibleText.Of(entries[1]));
        Assert.Equal("/je-souhaite", entries[1].GetAttribute("href"));
        Assert.Equal(url.StartsWith("/je-souhaite", StringComparison.Ordinal) ? "page" : null, entries[1].GetAttribute("aria-current"));
    }

    [Fact]
    public async Task The_site_map_and_the_sitemap_file_list_it()
    {
        var siteMap = await _portal.GetDocumentAsync("/plan-du-site");
        using var client = _portal.CreateClient();
        var xml = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));

        Assert.NotNull(siteMap.QuerySelector("#site-map a[href='/je-souhaite']"));
        Assert.Contains("/je-souhaite</loc>", xml, StringComparison.Ordinal);
    }
}
