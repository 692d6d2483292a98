using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// The press room as a journalist uses it: the releases newest first and by year, one release with
/// its permalink, press contacts and related pages, every press contact on one page.
/// </summary>
public sealed class PressRoomTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    private const string Release2024 = "2024-05-24-bilan-2023-transition-pacte-des-solidarites";
    private const string Release2021 = "2021-07-07-strategie-pauvrete-deploiement-territoires";

    [Fact]
    public async Task The_press_room_lists_the_releases_newest_first_with_french_dates()
    {
        var releases = await _portal.ReadAsync(db => db.PressReleases.Published().OrderByDescending(r => r.Date)
            .Select(r => new { r.Slug, r.Emitter, r.Lead }).ToListAsync());

        var page = await _portal.GetDocumentAsync("/communiques");

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal($"{releases.Count} communiqués", VisibleText.Of(page.QuerySelector("#nombre-de-communiques")!));
        var cards = page.QuerySelectorAll("#releases .fr-card");
        Assert.Equal(releases.Select(r => $"/communiques/{r.Slug}"), cards.Select(c => c.QuerySelector(".fr-card__title a")!.GetAttribute("href")));
        Assert.Equal("24 mai 2024 — Toulouse", VisibleText.Of(cards[0].QuerySelector(".fr-card__start .fr-card__detail")!));
        Assert.Equal("7 juillet 2021 — Toulouse", VisibleText.Of(cards[1].QuerySelector(".fr-card__start .fr-card__detail")!));
        Assert.Equal("17 juin 2019 — Paris", VisibleText.Of(cards[2].QuerySelector(".fr-card__start .fr-card__detail")!));
        for (var i = 0; i < releases.Count; i++)
        {
            Assert.Equal($"Émetteur : {releases[i].Emitter}", VisibleText.Of(cards[i].QuerySelector(".fr-card__end .fr-card__detail")!));
            Assert.Equal(releases[i].Lead, cards[i].QuerySelector(".fr-card__desc")?.TextContent.Trim());
        }
        Assert.Null(page.QuerySelector(".fr-pagination"));
        Assert.Equal("/communiques/contacts-presse", Link(page, "Contacts presse")?.GetAttribute("href"));
        // « S'abonner » leads to a page that explains the feed before anyone meets raw XML, and gives its address.
        Assert.Equal("/communiques/abonnement", Link(page, "S'abonner aux communiqués")?.GetAttribute("href"));
        var subscribe = await _portal.GetDocumentAsync("/communiques/abonnement");
        Assert.Equal("http://localhost/communiques/flux.xml", subscribe.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#adresse-du-flux")?.Value);
        Assert.Equal("/communiques/flux.xml", subscribe.QuerySelector("main a[type='application/atom+xml']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_year_2021_shows_only_the_release_of_7_July_2021_and_the_year_tags_count_the_releases()
    {
        var years = await _portal.ReadAsync(async db => (await db.PressReleases.Published().Select(r => r.Date).ToListAsync())
            .GroupBy(d => d.Year).OrderByDescending(g => g.Key).Select(g => (Year: g.Key, Count: g.Count())).ToList());

        var page = await _portal.GetDocumentAsync("/communiques?annee=2021");

        var card = Assert.Single(page.QuerySelectorAll("#releases .fr-card"));
        Assert.Equal($"/communiques/{Release2021}", card.QuerySelector(".fr-card__title a")!.GetAttribute("href"));
        Assert.Equal("7 juillet 2021 — Toulouse", VisibleText.Of(card.QuerySelector(".fr-card__detail")!));
        Assert.Equal("1 communiqué en 2021", VisibleText.Of(page.QuerySelector("#nombre-de-communiques")!));
        var tags = page.QuerySelectorAll("#annees .fr-tag");
        Assert.Equal(years.Select(y => $"{y.Year} ({y.Count})"), tags.Select(t => PortalReading.Spaces(VisibleText.Of(t)).Replace("Retirer le filtre : ", "", StringComparison.Ordinal)));
        var chosen = Assert.Single(tags, t => t.HasAttribute("aria-current"));
        Assert.StartsWith("2021", PortalReading.Spaces(chosen.TextContent).Replace("Retirer le filtre : ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("/communiques", chosen.GetAttribute("href"));
        Assert.Contains(tags, t => t.GetAttribute("href") == "/communiques?annee=2024");
    }

    [Theory]
    [InlineData("/communiques?annee=abc", null)]
    [InlineData("/communiques?page=-1", null)]
    [InlineData("/communiques?page=abc&annee=", null)]
    [InlineData("/communiques?page=999", null)]
    [InlineData("/communiques?annee=2021&page=7", 2021)]
    [InlineData("/communiques?annee=1999", 1999)]
    [InlineData("/communiques?annee=99999", 99999)]
    [InlineData("/communiques?annee=-4", -4)]
    public async Task Bad_parameters_give_a_normal_page(string url, int? year)
    {
        var dates = await _portal.ReadAsync(db => db.PressReleases.Published().Select(r => r.Date).ToListAsync());
        var expected = dates.Count(d => year is null || d.Year == year);
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(expected, page.QuerySelectorAll("#releases .fr-card").Length);
        if (expected == 0)
        {
            Assert.StartsWith("Aucun communiqué", VisibleText.Of(page.QuerySelector("#nombre-de-communiques")!), StringComparison.Ordinal);
            Assert.Equal("/communiques", page.QuerySelector("#aucun-communique a")?.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task A_release_shows_its_permalink_built_from_the_request()
    {
        using var client = _portal.CreateClient();
        var permalink = new Uri(client.BaseAddress!, $"/communiques/{Release2024}").AbsoluteUri;

        var page = await _portal.GetDocumentAsync($"/communiques/{Release2024}");

        var block = page.QuerySelector("#lien-permanent")!;
        Assert.StartsWith("http", permalink, StringComparison.Ordinal);
        Assert.Equal($"Lien permanent : {permalink}", VisibleText.Of(block));
        Assert.Equal(permalink, block.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_release_shows_its_press_contacts_with_telephone_links()
    {
        var contacts = await _portal.ReadAsync(db => PressContactRecords.OfReleaseAsync(db, Release2024));

        var page = await _portal.GetDocumentAsync($"/communiques/{Release2024}");

        Assert.StartsWith("Stratégie de prévention et de lutte contre la pauvreté en Occitanie", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Toulouse, le 24 mai 2024", VisibleText.Of(page.QuerySelector("article")!), StringComparison.Ordinal);
        Assert.Contains("Communiqué de presse — Préfet de la région Occitanie", VisibleText.Of(page.QuerySelector("article")!), StringComparison.Ordinal);
        var block = page.QuerySelector("#press-contacts-title")!.ParentElement!;
        Assert.Equal("Contacts presse", page.QuerySelector("#press-contacts-title")!.TextContent.Trim());
        var phones = contacts.SelectMany(c => new[] { c.Phone, c.Mobile }).OfType<string>().ToList();
        var telLinks = block.QuerySelectorAll("a[href^='tel:']");
        Assert.Equal(phones, telLinks.Select(a => a.TextContent.Trim()));
        Assert.Contains(telLinks, a => a.GetAttribute("href") == "tel:+33534453831" && a.TextContent.Trim() == "05 34 45 38 31");
        Assert.NotNull(block.QuerySelector("a[href='mailto:service-presse@occitanie.gouv.fr']"));
        foreach (var contact in contacts)
        {
            Assert.Contains(contact.Name, block.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_release_shows_its_text_and_breadcrumb_and_its_lead_once()
    {
        var page = await _portal.GetDocumentAsync($"/communiques/{Release2024}");

        var text = page.QuerySelector("article")!.TextContent;
        Assert.Contains("Des moyens financiers très significatifs", text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Depuis 2017, la stratégie nationale"));
        var crumbs = page.QuerySelectorAll(".fr-breadcrumb__link");
        Assert.Equal("/communiques", crumbs[1].GetAttribute("href"));
    }

    [Theory]
    [InlineData(Release2024)]
    [InlineData(Release2021)]
    public async Task A_release_links_the_conferences_of_its_date_and_the_pages_citing_it_at_most_six(string slug)
    {
        // The relation is computed here in memory from the whole tables, independently of the page's query.
        var (conferences, measures) = await _portal.ReadAsync(async db =>
        {
            var release = await db.PressReleases.AsNoTracking().SingleAsync(r => r.Slug == slug);
            var documents = release.Sources.Select(s => s.Document).ToHashSet();
            var conferences = (await db.Conferences.AsNoTracking().Published().ToListAsync())
                .Where(c => (c.DatePrecision == DatePrecision.Day && c.Date <= release.Date && (c.EndDate ?? c.Date) >= release.Date)
                    || c.Sources.Any(s => documents.Contains(s.Document)))
                .Select(c => "/conferences/" + c.Slug)
                .ToList();
            var measures = (await db.Measures.AsNoTracking().Published().ToListAsync())
                .Where(m => m.Sources.Any(s => documents.Contains(s.Document)))
                .Select(m => "/mesures/" + m.Slug)
                .ToList();
            return (conferences, measures);
        });

        var page = await _portal.GetDocumentAsync($"/communiques/{slug}");

        var section = page.QuerySelector("#voir-aussi")!;
        Assert.Equal("Voir aussi", section.QuerySelector("h2")!.TextContent.Trim());
        var links = section.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(Math.Min(6, conferences.Count + measures.Count), links.Count);
        Assert.Equal(conferences.Order(), links.Where(l => l.StartsWith("/conferences/", StringComparison.Ordinal)).Order());
        var shownMeasures = links.Where(l => l.StartsWith("/mesures/", StringComparison.Ordinal)).ToList();
        Assert.All(shownMeasures, l => Assert.Contains(l, measures));
        var others = measures.Count - shownMeasures.Count;
        Assert.True(others > 0, "both releases are cited by more measures than the six links show");
        Assert.Contains(others == 1 ? "Une autre mesure cite aussi ce communiqué" : $"{others} autres mesures citent aussi ce communiqué", VisibleText.Of(section), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_release_of_7_July_2021_links_the_conference_held_that_day()
    {
        var page = await _portal.GetDocumentAsync($"/communiques/{Release2021}");

        var item = page.QuerySelectorAll("#voir-aussi li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/conferences/conference-regionale-des-elus-2021");
        Assert.Contains("tenue le jour du communiqué", item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_release_is_not_found()
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/communiques/2030-01-01-inconnu", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_press_contacts_page_lists_every_press_contact_newest_release_first()
    {
        var releases = await _portal.ReadAsync(async db =>
        {
            var slugs = await db.PressReleases.AsNoTracking().Published().OrderByDescending(r => r.Date).Select(r => r.Slug).ToListAsync();
            var withContacts = new List<(string Slug, List<PressContact> PressContacts)>();
            foreach (var slug in slugs)
            {
                withContacts.Add((slug, await PressContactRecords.OfReleaseAsync(db, slug)));
            }
            return withContacts;
        });

        var page = await _portal.GetDocumentAsync("/communiques/contacts-presse");

        Assert.Equal("Contacts presse", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Equal("/communiques", page.QuerySelectorAll(".fr-breadcrumb__link")[1].GetAttribute("href"));
        var sections = page.QuerySelectorAll("main section");
        var withContacts = releases.Where(r => r.PressContacts.Count > 0).ToList();
        Assert.Equal(withContacts.Select(r => $"/communiques/{r.Slug}"), sections.Select(s => s.QuerySelector("h2 a")!.GetAttribute("href")));
        foreach (var (release, section) in withContacts.Zip(sections))
        {
            var text = VisibleText.Of(section);
            foreach (var contact in release.PressContacts)
            {
                Assert.Contains(contact.Name, text, StringComparison.Ordinal);
                foreach (var phone in new[] { contact.Phone, contact.Mobile }.OfType<string>())
                {
                    Assert.Contains(section.QuerySelectorAll("a[href^='tel:']"), a => a.TextContent.Trim() == phone);
                }
                if (contact.Email is not null)
                {
                    Assert.NotNull(section.QuerySelector($"a[href='mailto:{contact.Email}']"));
                }
            }
        }
        Assert.Contains(sections, s => s.QuerySelector("a[href='mailto:anne-catherine.ferrari@sante.gouv.fr']") is not null);
    }

    private static IElement? Link(IParentNode page, string text) =>
        page.QuerySelectorAll("main a").FirstOrDefault(a => VisibleText.Of(a) == text);
}
