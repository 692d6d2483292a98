using System.Net;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>The press room: the releases newest first, one release with its press contacts.</summary>
public sealed class PressReleasesPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Release2024 = "2024-05-24-bilan-2023-transition-pacte-des-solidarites";

    [Fact]
    public async Task The_press_room_lists_the_three_releases_newest_first()
    {
        var slugs = await portal.ReadAsync(db => db.PressReleases.Published().OrderByDescending(r => r.Date).Select(r => r.Slug).ToListAsync());

        var page = await portal.GetDocumentAsync("/communiques");

        var cards = page.QuerySelectorAll("#releases .fr-card");
        Assert.Equal(3, cards.Length);
        Assert.Equal(slugs.Select(s => $"/communiques/{s}"), cards.Select(c => c.QuerySelector(".fr-card__title a")!.GetAttribute("href")));
        Assert.Equal("24 mai 2024 — Toulouse", PortalReading.Spaces(cards[0].QuerySelector(".fr-card__detail")!.TextContent));
        Assert.Equal("17 juin 2019 — Paris", PortalReading.Spaces(cards[2].QuerySelector(".fr-card__detail")!.TextContent));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task A_release_shows_its_press_contacts_with_telephone_links()
    {
        var contacts = await portal.ReadAsync(db => db.PressReleases.AsNoTracking().Where(r => r.Slug == Release2024).Select(r => r.PressContacts).SingleAsync());

        var page = await portal.GetDocumentAsync($"/communiques/{Release2024}");

        Assert.StartsWith("Stratégie de prévention et de lutte contre la pauvreté en Occitanie", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Toulouse, le 24 mai 2024", PortalReading.Spaces(page.QuerySelector("article")!.TextContent), StringComparison.Ordinal);
        var block = page.QuerySelector("#press-contacts-title")!.ParentElement!;
        Assert.Equal("Contacts presse", page.QuerySelector("#press-contacts-title")!.TextContent.Trim());
        var phones = contacts.SelectMany(c => new[] { c.Phone, c.Mobile }).OfType<string>().ToList();
        var telLinks = block.QuerySelectorAll("a[href^='tel:']");
        Assert.Equal(phones.Count, telLinks.Length);
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
        var page = await portal.GetDocumentAsync($"/communiques/{Release2024}");

        var text = page.QuerySelector("article")!.TextContent;
        Assert.Contains("Des moyens financiers très significatifs", text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Depuis 2017, la stratégie nationale"));
        var crumbs = page.QuerySelectorAll(".fr-breadcrumb__link");
        Assert.Equal("/communiques", crumbs[1].GetAttribute("href"));
    }

    [Fact]
    public async Task An_unknown_release_is_not_found()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/communiques/2030-01-01-inconnu", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
