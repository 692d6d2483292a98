using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;
using static Occitanie.Pauvrete.Web.Tests.Web.WorkshopPagesTests;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>/conferences and /conferences/{slug}: the regional conferences, the 2021 one with its programme and sessions.</summary>
public sealed class ConferencePagesTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    private const string Conference2021 = "conference-regionale-des-elus-2021";

    [Fact]
    public async Task The_list_shows_the_3_conferences_latest_first()
    {
        List<string> titles;
        using (var scope = _portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            titles = await db.Conferences.OrderByDescending(c => c.Date).Select(c => c.Title).ToListAsync();
        }

        var page = await _portal.GetDocumentAsync("/conferences");

        var cards = page.QuerySelectorAll("#conferences .fr-card");
        Assert.Equal(3, cards.Length);
        Assert.Equal(titles, cards.Select(c => Normalise(c.QuerySelector(".fr-card__title")!.TextContent)));
        Assert.Equal($"/conferences/{Conference2021}", cards[1].QuerySelector(".fr-card__title a")!.GetAttribute("href"));
        Assert.Contains(cards, c => Normalise(c.TextContent).Contains("Lieu : Visioconférence", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dates_are_written_in_french_no_more_precise_than_the_sources()
    {
        var page = await _portal.GetDocumentAsync("/conferences");

        var dates = page.QuerySelectorAll("#conferences .conference-date").Select(d => Normalise(d.TextContent)).ToList();
        // 2023: known to the month only (Toulouse in May, Montpellier in November).
        Assert.Equal("De mai à novembre 2023", dates[0]);
        Assert.Equal("7 juillet 2021", dates[1]);
        Assert.Equal("2021-07-07", page.QuerySelectorAll("#conferences .conference-date")[1].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.DoesNotContain("1er mai", Normalise(page.QuerySelector("#conferences")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_2021_conference_shows_its_programme_by_track()
    {
        var page = await _portal.GetDocumentAsync($"/conferences/{Conference2021}");

        Assert.Equal("Conférence régionale du 7 juillet 2021", Normalise(page.QuerySelector("h1")!.TextContent));
        Assert.Contains("Date : 7 juillet 2021", Normalise(page.QuerySelector("#infos-conference")!.TextContent), StringComparison.Ordinal);
        var programme = page.QuerySelector("#programme")!;
        Assert.Equal(["Programme", "Partie commune", "Ateliers", "Tables-rondes"], programme.QuerySelectorAll("h2, h3").Select(h => Normalise(h.TextContent)));
        var times = programme.QuerySelectorAll("tbody th").Select(t => Normalise(t.TextContent)).ToList();
        Assert.Equal("13h45", times[0]);
        Assert.Contains("15h50", times);
        Assert.Equal("13:45", programme.QuerySelector("tbody th time")!.GetAttribute("datetime"));
        Assert.Contains(programme.QuerySelectorAll("tbody tr"), row => Normalise(row.TextContent) == "13h45 Ouverture des connexions des participants");
        Assert.Contains("Mesdames et messieurs les élus", page.QuerySelector("#presentation")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_2021_conference_lists_its_23_sessions_by_intention()
    {
        int intentions;
        using (var scope = _portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            intentions = await db.Workshops.Where(w => w.Conference!.Slug == Conference2021).Select(w => w.IntentionId).Distinct().CountAsync();
        }

        var page = await _portal.GetDocumentAsync($"/conferences/{Conference2021}");

        var sessions = page.QuerySelector("#sessions")!;
        Assert.Equal(23, sessions.QuerySelectorAll("a[href^='/ateliers/']").Length);
        Assert.Equal(intentions, sessions.QuerySelectorAll("h3 a[href^='/je-souhaite/']").Length);
        Assert.Contains(sessions.QuerySelectorAll("li"), li => Normalise(li.TextContent).StartsWith("Atelier n°1 — ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_conference_shows_its_editor_note_and_sources()
    {
        string slug;
        string note;
        using (var scope = _portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var conference = await db.Conferences.FirstAsync(c => c.DatePrecision == DatePrecision.Month && c.EditorNote != null);
            (slug, note) = (conference.Slug, conference.EditorNote!);
        }

        var page = await _portal.GetDocumentAsync($"/conferences/{slug}");

        Assert.Equal(Normalise(note), Normalise(page.QuerySelector("#sources-et-notes #note-de-la-redaction .portal-editor-note")!.TextContent));
        Assert.Contains("Date : de mai à novembre 2023", Normalise(page.QuerySelector("#infos-conference")!.TextContent), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#sources-title + ul li"), li => li.TextContent.Contains("Communiqué de presse du préfet de la région Occitanie du 24 mai 2024", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_conference_is_not_found()
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/conferences/conference-de-1900", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Both_pages_have_one_h1_a_title_and_a_breadcrumb()
    {
        var list = await _portal.GetDocumentAsync("/conferences");
        var one = await _portal.GetDocumentAsync($"/conferences/{Conference2021}");

        foreach (var page in new[] { list, one })
        {
            Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Contains("Lutte contre la pauvreté en Occitanie", page.Title, StringComparison.Ordinal);
            AssertHeadingsInOrder(page);
        }
        Assert.Equal(["Accueil", "Conférences"], Crumbs(list));
        Assert.Equal(["Accueil", "Conférences", "Conférence régionale du 7 juillet 2021"], Crumbs(one));
        Assert.Equal("/conferences", one.QuerySelectorAll(".fr-breadcrumb__link")[1].GetAttribute("href"));
    }
}
