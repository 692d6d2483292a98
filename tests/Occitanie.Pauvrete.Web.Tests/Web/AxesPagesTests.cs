using System.Net;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>/axes lists the six axes; /axes/{slug} shows one axis with its key figures and measures.</summary>
public sealed class AxesPagesTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    private sealed record AxisRow(int Number, string Slug, string Title, List<string> MeasureSlugs);

    private Task<List<AxisRow>> AxesAsync() => _portal.ReadAsync(db => db.Axes
        .OrderBy(a => a.Number)
        .Select(a => new AxisRow(a.Number, a.Slug, a.Title,
            a.Measures.Where(m => m.Status == PublicationStatus.Published).Select(m => m.Slug).ToList()))
        .ToListAsync());

    [Fact]
    public async Task The_axes_page_lists_the_six_axes_with_their_number_of_measures()
    {
        var axes = await AxesAsync();

        var page = await _portal.GetDocumentAsync("/axes");

        var cards = page.QuerySelectorAll("#axes .fr-card");
        Assert.Equal(6, cards.Length);
        Assert.Single(page.QuerySelectorAll("h1"));
        for (var i = 0; i < 6; i++)
        {
            var link = cards[i].QuerySelector(".fr-card__title a")!;
            Assert.Equal($"/axes/{axes[i].Slug}", link.GetAttribute("href"));
            Assert.Equal(char.ToUpperInvariant(axes[i].Title[0]) + axes[i].Title[1..], link.TextContent.Trim());
            var details = cards[i].QuerySelectorAll(".fr-card__detail").Select(d => PortalReading.Spaces(d.TextContent)).ToList();
            Assert.Contains($"Axe {axes[i].Number}", details);
            Assert.Contains($"{axes[i].MeasureSlugs.Count} mesure{(axes[i].MeasureSlugs.Count > 1 ? "s" : "")}", details);
        }
        Assert.Equal("Axes", page.QuerySelector(".fr-breadcrumb [aria-current=page]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Each_axis_page_lists_the_measures_of_its_axis()
    {
        var axes = await AxesAsync();

        foreach (var axis in axes)
        {
            var page = await _portal.GetDocumentAsync($"/axes/{axis.Slug}");

            var h1 = Assert.Single(page.QuerySelectorAll("h1"));
            Assert.StartsWith($"Axe {axis.Number} — ", PortalReading.Spaces(h1.TextContent), StringComparison.Ordinal);
            Assert.EndsWith(axis.Title[1..], h1.TextContent.Trim(), StringComparison.Ordinal);
            var links = page.QuerySelectorAll("#measures .fr-card__title a").Select(a => a.GetAttribute("href")).ToList();
            Assert.NotEmpty(links);
            Assert.Equal(axis.MeasureSlugs.Select(s => $"/mesures/{s}").Order(), links.Order());
        }
    }

    [Fact]
    public async Task The_access_to_rights_axis_shows_its_key_figure_of_200_000_users()
    {
        var page = await _portal.GetDocumentAsync("/axes/acces-aux-droits");

        var figures = PortalReading.Spaces(page.QuerySelector("#key-figures")!.TextContent);
        Assert.Contains("200 000 usagers accueillis en 2023", figures, StringComparison.Ordinal);
        Assert.Contains("5 territoires", figures, StringComparison.Ordinal);
        var crumbs = page.QuerySelectorAll(".fr-breadcrumb__link");
        Assert.Equal(["Accueil", "Axes", "Renforcer l'accès aux droits et rendre la vie quotidienne plus facile"], crumbs.Select(c => c.TextContent.Trim()));
        Assert.Equal("/axes", crumbs[1].GetAttribute("href"));
    }

    [Fact]
    public async Task A_measure_card_shows_what_the_state_funds()
    {
        var axisSlug = await _portal.ReadAsync(db => db.Measures
            .Where(m => m.Slug == "cantines-a-tarification-sociale").Select(m => m.Axis!.Slug).SingleAsync());

        var page = await _portal.GetDocumentAsync($"/axes/{axisSlug}");

        var card = page.QuerySelectorAll("#measures .fr-card")
            .Single(c => c.QuerySelector("a")!.GetAttribute("href") == "/mesures/cantines-a-tarification-sociale");
        Assert.Contains("Financement : 3 € par repas servi", PortalReading.Spaces(card.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_axis_page_names_its_sources()
    {
        var page = await _portal.GetDocumentAsync("/axes/acces-aux-droits");

        var sources = page.QuerySelectorAll("#sources-title + ul li").Select(li => PortalReading.Spaces(li.TextContent));
        Assert.Contains(sources, s => s.StartsWith("Source : Communiqué de presse du préfet de la région Occitanie du 24 mai 2024", StringComparison.Ordinal)
            && s.EndsWith(", Axe 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_axis_is_not_found()
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/axes/axe-inconnu", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
