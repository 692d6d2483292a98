using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>An elected official starts from « Je souhaite… » and finds the measures, the sessions and whom to call.</summary>
public sealed class IntentionPageTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    private const string Meals = "/je-souhaite/assurer-un-repas-equilibre";

    [Fact]
    public async Task Every_intention_page_lists_at_least_one_measure_and_one_workshop()
    {
        var intentions = await _portal.ReadAsync(db => db.Intentions.OrderBy(i => i.Order).Select(i => new { i.Slug, i.Title }).ToListAsync());
        Assert.Equal(7, intentions.Count);

        foreach (var intention in intentions)
        {
            var page = await _portal.GetDocumentAsync($"/je-souhaite/{intention.Slug}");

            Assert.Equal(intention.Title, VisibleText.Of(Assert.Single(page.QuerySelectorAll("h1"))));
            Assert.NotEmpty(page.QuerySelectorAll("#mesures .fr-card__title a[href^='/mesures/']"));
            Assert.NotEmpty(page.QuerySelectorAll("#ateliers .fr-card__title a[href^='/ateliers/']"));
        }
    }

    [Fact]
    public async Task The_meals_intention_shows_the_canteen_measure_with_its_funding()
    {
        var page = await _portal.GetDocumentAsync(Meals);

        var link = page.QuerySelector("#mesures a[href='/mesures/cantines-a-tarification-sociale']");
        Assert.NotNull(link);
        var card = link.Closest(".fr-card")!;
        Assert.Equal("Cantines à tarification sociale", VisibleText.Of(link));
        Assert.Contains("3 € par repas servi", VisibleText.Of(card), StringComparison.Ordinal);
        Assert.Contains("Axe 1", VisibleText.Of(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_meals_intention_shows_the_capendu_workshop_and_who_spoke()
    {
        var slug = await _portal.ReadAsync(db => db.Workshops.Where(w => w.Number == "1" && w.Commune == "Capendu").Select(w => w.Slug).SingleAsync());

        var page = await _portal.GetDocumentAsync(Meals);

        var card = page.QuerySelector($"#ateliers a[href='/ateliers/{slug}']")!.Closest(".fr-card")!;
        var text = VisibleText.Of(card);
        Assert.Contains("Atelier n°1", text, StringComparison.Ordinal);
        Assert.Contains("Capendu (Aude)", text, StringComparison.Ordinal);
        Assert.Contains("Claude Busto, maire de Capendu", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workshops_follow_the_order_of_the_guide()
    {
        var expected = await _portal.ReadAsync(db => db.Workshops
            .Where(w => w.Intention!.Slug == "ameliorer-l-acces-aux-droits")
            .OrderBy(w => w.Order)
            .Select(w => "/ateliers/" + w.Slug)
            .ToListAsync());

        var page = await _portal.GetDocumentAsync("/je-souhaite/ameliorer-l-acces-aux-droits");

        var shown = page.QuerySelectorAll("#ateliers .fr-card__title a").Select(a => a.GetAttribute("href") ?? "").ToList();
        Assert.True(expected.Count > 2);
        Assert.Equal(expected, shown);
        Assert.Contains(page.QuerySelectorAll("#ateliers .fr-tag"), t => VisibleText.Of(t) == "Table-ronde III");
        Assert.Contains(page.QuerySelectorAll("#ateliers .fr-tag"), t => VisibleText.Of(t) == "Atelier partenaire");
    }

    [Fact]
    public async Task Each_intention_lists_the_measures_its_sessions_presented_first_in_the_guide_s_order_then_the_others_by_title()
    {
        var french = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);
        var intentions = await _portal.ReadAsync(db => db.Intentions.AsNoTracking().Published().Select(i => new
        {
            i.Slug,
            Sessions = i.Workshops.Where(w => w.IsPublished).Select(w => new { w.Order, Measures = w.Measures.Where(m => m.IsPublished).Select(m => m.Title).ToList() }).ToList(),
            Tied = i.Measures.Where(m => m.IsPublished).Select(m => m.Title).ToList(),
        }).ToListAsync());
        Assert.Contains(intentions, i => i.Sessions.Any(s => s.Measures.Count > 0));

        foreach (var intention in intentions)
        {
            var presented = intention.Sessions.SelectMany(s => s.Measures.Select(title => (s.Order, title)))
                .GroupBy(p => p.title)
                .Select(g => (Order: g.Min(p => p.Order), Title: g.Key))
                .ToList();
            var guide = presented.OrderBy(p => p.Order).ThenBy(p => p.Title, french).Select(p => p.Title).ToList();
            var others = intention.Tied.Except(guide).Order(french).ToList();

            var page = await _portal.GetDocumentAsync($"/je-souhaite/{intention.Slug}");

            Assert.Equal(guide, page.QuerySelectorAll("#mesures-du-guide + ul .fr-card__title").Select(VisibleText.Of));
            Assert.Equal(others, page.QuerySelectorAll("#autres-mesures + ul .fr-card__title").Select(VisibleText.Of));
            Assert.Equal([.. guide, .. others], page.QuerySelectorAll("#mesures .fr-card__title").Select(VisibleText.Of));
        }
    }

    [Fact]
    public async Task The_points_conseil_budget_card_shows_its_funding_its_contact_and_the_agde_session()
    {
        var measure = await _portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.Slug == "points-conseil-budget")
            .Select(m => new { Funding = new MeasureFunding(m.Funding, m.FundingAmount, m.FundingUnit, m.FundingPeriod), m.Contacts }).SingleAsync());
        var agde = await _portal.ReadAsync(db => db.Workshops.Where(w => w.Number == "8" && w.Kind == WorkshopKind.Atelier).Select(w => new { w.Commune, Departement = w.Departement!.Name }).SingleAsync());

        var page = await _portal.GetDocumentAsync("/je-souhaite/ameliorer-l-acces-aux-droits");

        var card = VisibleText.Of(page.QuerySelector("#mesures-du-guide + ul a[href='/mesures/points-conseil-budget']")!.Closest(".fr-card")!);
        Assert.Contains($"Financement : {VisibleText.Normalize(measure.Funding.Fact!)}", card, StringComparison.Ordinal);
        Assert.Contains($"Contact : {measure.Contacts[0].Name}", card, StringComparison.Ordinal);
        Assert.Contains($"Atelier n°8, {agde.Commune} ({agde.Departement})", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_note_comes_after_the_measures_and_the_workshops()
    {
        var page = await _portal.GetDocumentAsync(Meals);

        var order = page.QuerySelectorAll("#mesures, #ateliers, #contacts, #sources-et-notes").Select(e => e.Id).ToList();
        Assert.Equal(["mesures", "ateliers", "contacts", "sources-et-notes"], order);
        Assert.Empty(page.QuerySelectorAll("main .fr-callout"));
    }

    [Fact]
    public async Task Whom_to_call_gives_the_asp_phone_and_email_as_links()
    {
        var page = await _portal.GetDocumentAsync(Meals);

        var contacts = page.QuerySelector("#contacts")!;
        var phone = Assert.Single(contacts.QuerySelectorAll("a[href^='tel:']"), a => VisibleText.Of(a) == "05 49 37 56 30");
        Assert.Equal("tel:+33549375630", phone.GetAttribute("href"));
        Assert.Single(contacts.QuerySelectorAll("a[href='mailto:aidecantinescolaire@asp-public.fr']"));
        Assert.Contains("Agence de services et de paiement (ASP)", VisibleText.Of(contacts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_wordings_and_the_editor_note_are_shown()
    {
        var page = await _portal.GetDocumentAsync(Meals);

        var aliases = VisibleText.Of(page.QuerySelector(".portal-aliases")!);
        Assert.Contains("Autres formulations", aliases, StringComparison.Ordinal);
        Assert.Contains("« Je souhaite soutenir les familles en difficulté et assurer aux enfants au moins un repas équilibré par jour »", aliases, StringComparison.Ordinal);
        var note = page.QuerySelector("#sources-et-notes #note-de-la-redaction")!;
        Assert.Equal("Note de la rédaction", VisibleText.Of(note.QuerySelector("h3")!));
        Assert.Contains("deux formulations", VisibleText.Of(note), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_has_one_title_and_a_breadcrumb_back_to_the_intentions()
    {
        var page = await _portal.GetDocumentAsync(Meals);

        var h1 = VisibleText.Of(Assert.Single(page.QuerySelectorAll("h1")));
        Assert.StartsWith("Je souhaite assurer aux enfants un petit-déjeuner", h1, StringComparison.Ordinal);
        Assert.Contains(h1, page.Title, StringComparison.Ordinal);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        var crumbs = page.QuerySelectorAll("nav.fr-breadcrumb .fr-breadcrumb__link");
        Assert.Equal(["Accueil", "Je souhaite…", h1], crumbs.Select(VisibleText.Of));
        Assert.Equal("/je-souhaite", crumbs[1].GetAttribute("href"));
        Assert.Equal("page", crumbs[2].GetAttribute("aria-current"));
    }

    [Fact]
    public async Task The_sources_of_the_intention_are_cited()
    {
        var page = await _portal.GetDocumentAsync(Meals);

        Assert.Contains(page.QuerySelectorAll("li"), li => VisibleText.Of(li) == "Source : Guide des élus de la conférence régionale du 7 juillet 2021, Sommaire");
    }

    [Fact]
    public async Task An_unknown_intention_gives_the_404_page()
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/je-souhaite/construire-une-fusee", UriKind.Relative));
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page non trouvée", VisibleText.Of(page.QuerySelector("h1")!));
    }
}
