using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// The schema.org data (JSON-LD) in the head of the item pages: a release is a news article, a
/// measure a public service, a conference an event; the values are the database's.
/// </summary>
public sealed class JsonLdTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static JsonElement JsonLd(IHtmlDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Equal("HEAD", script.ParentElement!.TagName);
        using var json = JsonDocument.Parse(script.TextContent);
        var data = json.RootElement.Clone();
        Assert.Equal("https://schema.org", data.GetProperty("@context").GetString());
        return data;
    }

    private static string? Canonical(IHtmlDocument page) => page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");

    [Fact]
    public async Task A_release_is_a_news_article_with_the_headline_and_date_of_the_database()
    {
        const string Slug = "2024-05-24-bilan-2023-transition-pacte-des-solidarites";
        var release = await portal.ReadAsync(db => db.PressReleases.SingleAsync(r => r.Slug == Slug));

        var page = await portal.GetDocumentAsync("/communiques/" + Slug);

        var data = JsonLd(page);
        Assert.Equal("NewsArticle", data.GetProperty("@type").GetString());
        Assert.Equal(release.Title, data.GetProperty("headline").GetString());
        Assert.Equal(release.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), data.GetProperty("datePublished").GetString());
        Assert.Equal(release.Lead, data.GetProperty("description").GetString());
        Assert.Equal("Organization", data.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal(release.Emitter, data.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(release.Emitter, data.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal(Canonical(page), data.GetProperty("mainEntityOfPage").GetString());
        Assert.Equal("fr-FR", data.GetProperty("inLanguage").GetString());
    }

    [Fact]
    public async Task A_measure_is_a_government_service_of_its_porteurs_in_occitanie()
    {
        const string Slug = "cantines-a-tarification-sociale";
        var measure = await portal.ReadAsync(db => db.Measures.Include(m => m.Axis).SingleAsync(m => m.Slug == Slug));

        var page = await portal.GetDocumentAsync("/mesures/" + Slug);

        var data = JsonLd(page);
        Assert.Equal("GovernmentService", data.GetProperty("@type").GetString());
        Assert.Equal(measure.Title, data.GetProperty("name").GetString());
        Assert.Equal(measure.Summary, data.GetProperty("description").GetString());
        Assert.Equal(measure.Axis!.Title, data.GetProperty("serviceType").GetString(), ignoreCase: true);
        Assert.NotEmpty(measure.Porteurs);
        Assert.Equal(measure.Porteurs, data.GetProperty("provider").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.All(data.GetProperty("provider").EnumerateArray(), p => Assert.Equal("Organization", p.GetProperty("@type").GetString()));
        Assert.Equal(measure.Publics, data.GetProperty("audience").EnumerateArray().Select(p => p.GetProperty("audienceType").GetString()));
        Assert.Equal("Occitanie", data.GetProperty("areaServed").GetProperty("name").GetString());
        Assert.Equal(Canonical(page), data.GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_2023_conferences_are_an_event_known_to_the_month()
    {
        var page = await portal.GetDocumentAsync("/conferences/conferences-regionales-2023");

        var data = JsonLd(page);
        Assert.Equal("Event", data.GetProperty("@type").GetString());
        Assert.Equal("2023-05", data.GetProperty("startDate").GetString());
        Assert.Equal("2023-11", data.GetProperty("endDate").GetString());
        Assert.Equal("Place", data.GetProperty("location").GetProperty("@type").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", data.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal(Canonical(page), data.GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_2021_conference_is_an_online_event_on_its_day()
    {
        var conference = await portal.ReadAsync(db => db.Conferences.SingleAsync(c => c.Slug == "conference-regionale-des-elus-2021"));

        var page = await portal.GetDocumentAsync("/conferences/conference-regionale-des-elus-2021");

        var data = JsonLd(page);
        Assert.Equal(conference.Title, data.GetProperty("name").GetString());
        Assert.Equal("2021-07-07", data.GetProperty("startDate").GetString());
        Assert.Equal("VirtualLocation", data.GetProperty("location").GetProperty("@type").GetString());
        Assert.Equal("Visioconférence", data.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", data.GetProperty("eventAttendanceMode").GetString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/mesures")]
    [InlineData("/communiques")]
    [InlineData("/ateliers/atelier-01-cantines-tarification-sociale-capendu")]
    public async Task A_page_about_no_single_item_has_no_structured_data(string url)
    {
        var page = await portal.GetDocumentAsync(url);

        Assert.Empty(page.QuerySelectorAll("script[type='application/ld+json']"));
    }

    [Fact]
    public async Task A_title_holding_a_closing_script_tag_stays_inside_the_data()
    {
        const string Slug = "2019-06-17-conferences-regionales-point-d-etape";
        const string Hostile = "Conférences </script><script>alert('pwned')</script> régionales";
        await portal.ReadAsync(async db =>
        {
            var release = await db.PressReleases.SingleAsync(r => r.Slug == Slug);
            release.Title = Hostile;
            release.UpdatedBy = "redaction@occitanie.gouv.fr";
            return await db.SaveChangesAsync();
        });
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/communiques/" + Slug, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var page = await PortalFactory.ParseAsync(response);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Equal(Hostile, JsonLd(page).GetProperty("headline").GetString());
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
        Assert.Equal(Hostile, page.QuerySelector("h1")!.TextContent);
    }
}
