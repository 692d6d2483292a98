using System.Net;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>The pages every French public site has, served from the Pages table.</summary>
public sealed class LegalPagesTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    public static TheoryData<string> LegalPages =>
        ["/accessibilite", "/mentions-legales", "/donnees-personnelles", "/gestion-des-cookies", "/contact", "/plan-du-site"];

    [Theory]
    [MemberData(nameof(LegalPages))]
    public async Task A_legal_page_is_a_french_page_with_one_title(string url)
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        var h1 = Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim();
        Assert.StartsWith(h1, page.Title, StringComparison.Ordinal);
        Assert.Equal(h1, page.QuerySelector(".fr-breadcrumb [aria-current=page]")!.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")!.GetAttribute("content")));
    }

    [Theory]
    [MemberData(nameof(LegalPages))]
    public async Task The_public_pages_set_no_cookie(string url)
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} sets a cookie, which /gestion-des-cookies says it does not");
    }

    [Fact]
    public async Task The_accessibility_statement_gives_the_honest_status_and_the_recourse()
    {
        var page = await _portal.GetDocumentAsync("/accessibilite");

        var text = PortalReading.Spaces(page.QuerySelector("main")!.TextContent);
        Assert.Contains("non conforme", text, StringComparison.Ordinal);
        Assert.Contains("RGAA), version 4.1", text, StringComparison.Ordinal);
        Assert.Contains("Voies de recours", page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("Défenseur des droits", text, StringComparison.Ordinal);
        Assert.Contains("09 69 39 00 00", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/contact']"));
        Assert.DoesNotContain("%", text, StringComparison.Ordinal);
        // The automated checks the test suite runs are stated, and said not to replace an audit.
        Assert.Contains("aucune erreur détectée par axe-core", text, StringComparison.Ordinal);
        Assert.Contains("Nu Html Checker", text, StringComparison.Ordinal);
        Assert.Contains("ne remplacent pas un audit", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_legal_notice_asserts_no_publisher_detail_the_sources_do_not_give_and_notes_what_to_confirm()
    {
        var page = await _portal.GetDocumentAsync("/mentions-legales");

        var text = PortalReading.Spaces(page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Préfecture de la région Occitanie — commissaire", text, StringComparison.Ordinal);
        Assert.DoesNotContain("licence etalab-2.0", text, StringComparison.Ordinal);
        Assert.DoesNotContain("À compléter par la préfecture", text, StringComparison.Ordinal);
        Assert.Contains("article L. 321-1 du code des relations entre le public et l'administration", text, StringComparison.Ordinal);
        Assert.Contains("À confirmer par l'éditeur : le nom du directeur ou de la directrice de la publication", text, StringComparison.Ordinal);
        Assert.Contains("Note de la rédaction", page.QuerySelector("#sources-et-notes #note-de-la-redaction")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_contact_page_gives_the_commissioners_addresses_and_the_latest_press_contacts()
    {
        var latest = await _portal.ReadAsync(async db =>
        {
            var slug = await db.PressReleases.AsNoTracking().Published().OrderByDescending(r => r.Date).Select(r => r.Slug).FirstAsync();
            return (Slug: slug, PressContacts: await PressContactRecords.OfReleaseAsync(db, slug));
        });

        var page = await _portal.GetDocumentAsync("/contact");

        var guide = page.QuerySelector("a[href='mailto:eric.pelisson@occitanie.gouv.fr']");
        Assert.NotNull(guide);
        Assert.Equal("eric.pelisson@occitanie.gouv.fr", guide.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a[href='mailto:eric.pelisson@dreets.gouv.fr']"));
        var press = page.QuerySelector("#press-contacts-title")!.ParentElement!;
        Assert.NotNull(press.QuerySelector($"a[href='/communiques/{latest.Slug}']"));
        foreach (var contact in latest.PressContacts)
        {
            Assert.Contains(contact.Name, press.TextContent, StringComparison.Ordinal);
        }
        Assert.Equal(latest.PressContacts.Count(c => c.Phone is not null) + latest.PressContacts.Count(c => c.Mobile is not null),
            press.QuerySelectorAll("a[href^='tel:']").Length);
        var sources = page.QuerySelectorAll("#sources-title + ul li").Select(li => li.TextContent);
        Assert.Contains(sources, s => s.Contains("Guide des élus de la conférence régionale du 7 juillet 2021", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_address_is_not_a_page()
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/gouvernance-inconnue", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
