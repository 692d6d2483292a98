using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>/ateliers and /ateliers/{slug}: the guide's sessions by intention and by département, and one session's page.</summary>
public sealed class WorkshopPagesTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    private sealed record Session(string Slug, WorkshopKind Kind, string? Number, int Order, string Title, string IntentionSlug, string? DepartementCode, string? EditorNote);

    [Fact]
    public async Task The_list_shows_the_23_sessions_under_the_7_intentions_in_the_guide_s_order()
    {
        var sessions = await SessionsAsync();
        List<(string Slug, string Title)> intentions;
        using (var scope = _portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            intentions = (await db.Intentions.OrderBy(i => i.Order).Select(i => new { i.Slug, i.Title }).ToListAsync())
                .Select(i => (i.Slug, i.Title)).ToList();
        }

        var page = await _portal.GetDocumentAsync("/ateliers");

        var groups = page.QuerySelectorAll("#par-intention section.intention");
        Assert.Equal(7, groups.Length);
        Assert.Equal(23, page.QuerySelectorAll("#par-intention a[href^='/ateliers/']").Length);
        for (var i = 0; i < 7; i++)
        {
            var heading = groups[i].QuerySelector("h2 a")!;
            Assert.Equal(intentions[i].Title, Normalise(heading.TextContent));
            Assert.Equal($"/je-souhaite/{intentions[i].Slug}", heading.GetAttribute("href"));
            var expected = sessions.Where(s => s.IntentionSlug == intentions[i].Slug).OrderBy(s => s.Order).Select(s => $"/ateliers/{s.Slug}");
            Assert.Equal(expected, groups[i].QuerySelectorAll("a[href^='/ateliers/']").Select(a => a.GetAttribute("href")));
        }
        var first = page.QuerySelector("#par-intention .fr-card")!;
        Assert.Equal("Table-ronde I", Normalise(first.QuerySelector(".fr-card__detail")!.TextContent));
        Assert.Contains(page.QuerySelectorAll("#par-intention .fr-card"), c =>
            Normalise(c.TextContent).Contains("Atelier n°1", StringComparison.Ordinal) && Normalise(c.TextContent).Contains("Capendu, Aude", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("#par-intention .fr-card__detail"), d => Normalise(d.TextContent) == "Atelier partenaire");
    }

    [Fact]
    public async Task The_departement_list_names_the_13_departements_with_their_sessions_and_the_regional_ones()
    {
        var sessions = await SessionsAsync();
        var atelier1 = sessions.Single(s => s.Kind == WorkshopKind.Atelier && s.Number == "1");

        var page = await _portal.GetDocumentAsync("/ateliers");

        var headings = page.QuerySelectorAll("#liste-departements h3").Select(h => Normalise(h.TextContent)).ToList();
        Assert.Equal(14, headings.Count);
        Assert.Equal("Ariège (09)", headings[0]);
        Assert.Equal("Sessions régionales", headings[^1]);
        var aude = page.QuerySelector("#departement-11")!;
        Assert.Equal("Aude (11)", Normalise(aude.TextContent));
        var audeLinks = aude.NextElementSibling!.QuerySelectorAll("a").Select(a => a.GetAttribute("href"));
        Assert.Contains($"/ateliers/{atelier1.Slug}", audeLinks);
        var regional = page.QuerySelector("#sessions-regionales")!.NextElementSibling!.QuerySelectorAll("a").Select(a => a.GetAttribute("href"));
        Assert.Equal(sessions.Where(s => s.DepartementCode is null).OrderBy(s => s.Order).Select(s => $"/ateliers/{s.Slug}"), regional);
        Assert.Equal(23, page.QuerySelectorAll("#liste-departements a[href^='/ateliers/']").Length);
    }

    [Fact]
    public async Task Filtering_by_departement_keeps_only_its_sessions()
    {
        var sessions = await SessionsAsync();

        var page = await _portal.GetDocumentAsync("/ateliers?departement=11");

        var headings = page.QuerySelectorAll("#liste-departements h3").Select(h => Normalise(h.TextContent));
        Assert.Equal(["Aude (11)"], headings);
        var links = page.QuerySelectorAll("#liste-departements ul a").Select(a => a.GetAttribute("href"));
        Assert.Equal(sessions.Where(s => s.DepartementCode == "11").OrderBy(s => s.Order).Select(s => $"/ateliers/{s.Slug}"), links);
        Assert.Equal(["11"], page.QuerySelectorAll("select#departement option[selected]").Select(o => o.GetAttribute("value")));
        // The sessions by intention stay whole: the filter narrows the list by département only.
        Assert.Equal(23, page.QuerySelectorAll("#par-intention a[href^='/ateliers/']").Length);
    }

    [Fact]
    public async Task An_unknown_departement_code_shows_every_departement()
    {
        var page = await _portal.GetDocumentAsync("/ateliers?departement=75");

        Assert.Equal(14, page.QuerySelectorAll("#liste-departements h3").Length);
        Assert.Empty(page.QuerySelectorAll("select#departement option[selected]"));
    }

    [Fact]
    public async Task The_schematic_map_is_an_image_that_names_every_departement_and_its_number_of_sessions()
    {
        var sessions = await SessionsAsync();

        var page = await _portal.GetDocumentAsync("/ateliers");

        var map = page.QuerySelector("#par-departement svg")!;
        Assert.Equal("img", map.GetAttribute("role"));
        var label = map.GetAttribute("aria-label")!;
        Assert.Equal(13, map.QuerySelectorAll("g.departement").Length);
        string Held(string code) => sessions.Count(s => s.DepartementCode == code) switch
        {
            0 => "aucune session",
            1 => "1 session",
            var n => $"{n} sessions",
        };
        Assert.Contains($"Aude (11), {Held("11")}", label, StringComparison.Ordinal);
        Assert.Contains($"Hérault (34), {Held("34")}", label, StringComparison.Ordinal);
        Assert.Contains($"Lozère (48), {Held("48")}", label, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#par-departement figcaption"), c => c.TextContent.Contains("schématique", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Atelier_1_shows_its_place_speakers_further_reading_and_measure()
    {
        var atelier1 = (await SessionsAsync()).Single(s => s.Kind == WorkshopKind.Atelier && s.Number == "1");

        var page = await _portal.GetDocumentAsync($"/ateliers/{atelier1.Slug}");

        Assert.Equal($"Atelier n°1 — {atelier1.Title}", Normalise(page.QuerySelector("h1")!.TextContent));
        var infos = Normalise(page.QuerySelector("#infos-atelier")!.TextContent);
        Assert.Contains("Lieu : Capendu, Aude", infos, StringComparison.Ordinal);
        Assert.Contains("Commune : Capendu", infos, StringComparison.Ordinal);
        Assert.Contains("Département : Aude (11)", infos, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#infos-atelier a[href='/je-souhaite/{atelier1.IntentionSlug}']"));
        Assert.NotNull(page.QuerySelector("#infos-atelier a[href='/conferences/conference-regionale-des-elus-2021']"));
        var animateurs = page.QuerySelector("#animateurs")!;
        Assert.Equal("Animateurs", Normalise(animateurs.QuerySelector("h2")!.TextContent));
        Assert.Contains(animateurs.QuerySelectorAll("li"), li => Normalise(li.TextContent) == "Claude Busto, maire de Capendu");
        Assert.Contains("3 € par repas servi", Normalise(page.QuerySelector("#pour-aller-plus-loin")!.TextContent), StringComparison.Ordinal);
        var measure = page.QuerySelector("#mesures a[href='/mesures/cantines-a-tarification-sociale']")!;
        var card = measure.Closest(".fr-card")!;
        Assert.Contains("3 € par repas servi", Normalise(card.TextContent), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#sources-title + ul li"), li => li.TextContent.Contains("Guide des élus", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Speakers_are_grouped_as_the_guide_names_them()
    {
        var tableRonde1 = (await SessionsAsync()).Single(s => s.Kind == WorkshopKind.TableRonde && s.Number == "I");

        var page = await _portal.GetDocumentAsync($"/ateliers/{tableRonde1.Slug}");

        Assert.StartsWith("Table-ronde I — ", Normalise(page.QuerySelector("h1")!.TextContent), StringComparison.Ordinal);
        Assert.Equal(["Animateurs", "Participants"], page.QuerySelectorAll("section.speakers h2").Select(h => h.TextContent.Trim()));
        Assert.Contains(page.QuerySelectorAll("#participants li"), li => li.TextContent.Contains("Laurence Katzenmayer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Atelier_17_shows_its_editor_note()
    {
        var atelier17 = (await SessionsAsync()).Single(s => s.Kind == WorkshopKind.Atelier && s.Number == "17");
        Assert.NotNull(atelier17.EditorNote);

        var page = await _portal.GetDocumentAsync($"/ateliers/{atelier17.Slug}");

        var note = page.QuerySelector("#sources-et-notes #note-de-la-redaction")!;
        Assert.Equal("Note de la rédaction", Normalise(note.QuerySelector("h3")!.TextContent));
        Assert.Equal(Normalise(atelier17.EditorNote), Normalise(note.QuerySelector(".portal-editor-note")!.TextContent));
    }

    [Fact]
    public async Task The_partner_webinar_is_named_atelier_partenaire()
    {
        var partner = (await SessionsAsync()).Single(s => s.Kind == WorkshopKind.AtelierPartenaire);

        var page = await _portal.GetDocumentAsync($"/ateliers/{partner.Slug}");

        Assert.Equal($"Atelier partenaire — {partner.Title}", Normalise(page.QuerySelector("h1")!.TextContent));
    }

    [Fact]
    public async Task An_unknown_session_is_not_found()
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/ateliers/atelier-99-n-existe-pas", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page non trouvée", (await PortalFactory.ParseAsync(response)).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Both_pages_have_one_h1_a_title_and_a_breadcrumb()
    {
        var atelier1 = (await SessionsAsync()).Single(s => s.Kind == WorkshopKind.Atelier && s.Number == "1");

        var list = await _portal.GetDocumentAsync("/ateliers");
        var one = await _portal.GetDocumentAsync($"/ateliers/{atelier1.Slug}");

        foreach (var page in new[] { list, one })
        {
            Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Contains("Lutte contre la pauvreté en Occitanie", page.Title, StringComparison.Ordinal);
            AssertHeadingsInOrder(page);
        }
        Assert.Equal(["Accueil", "Ateliers"], Crumbs(list));
        Assert.Equal(["Accueil", "Ateliers", $"Atelier n°1 — {atelier1.Title}"], Crumbs(one));
        Assert.Equal("/ateliers", one.QuerySelectorAll(".fr-breadcrumb__link")[1].GetAttribute("href"));
    }

    internal static string Normalise(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    internal static IEnumerable<string> Crumbs(IHtmlDocument page) =>
        page.QuerySelectorAll(".fr-breadcrumb .fr-breadcrumb__link").Select(a => Normalise(a.TextContent));

    /// <summary>No heading level is skipped going down (h2 then h4 would be).</summary>
    internal static void AssertHeadingsInOrder(IHtmlDocument page)
    {
        var previous = 1;
        foreach (var heading in page.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6"))
        {
            var level = heading.LocalName[1] - '0';
            Assert.True(level <= previous + 1, $"<{heading.LocalName}> « {Normalise(heading.TextContent)} » follows an h{previous}");
            previous = level;
        }
    }

    private async Task<List<Session>> SessionsAsync()
    {
        using var scope = _portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Workshops.AsNoTracking()
            .Select(w => new Session(w.Slug, w.Kind, w.Number, w.Order, w.Title, w.Intention!.Slug, w.Departement == null ? null : w.Departement.Code, w.EditorNote))
            .ToListAsync();
    }
}
