using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>The home page leads with the intentions, then shows the axes, the money, the figures, the news and the conferences.</summary>
public sealed class HomeSectionsTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    private static readonly CultureInfo _french = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public async Task The_seven_intentions_come_first_as_tiles_in_their_order()
    {
        var slugs = await _portal.ReadAsync(db => db.Intentions.OrderBy(i => i.Order).Select(i => i.Slug).ToListAsync());

        var page = await _portal.GetDocumentAsync("/");

        var section = page.QuerySelector("section#intentions")!;
        Assert.Equal("Je souhaite…", VisibleText.Of(section.QuerySelector("h2")!));
        var links = section.QuerySelectorAll(".fr-tile .fr-tile__title a");
        Assert.Equal(7, links.Length);
        Assert.Equal(slugs.Select(s => $"/je-souhaite/{s}"), links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.StartsWith("Je souhaite", VisibleText.Of(a), StringComparison.Ordinal));
        Assert.True(section.CompareDocumentPosition(page.QuerySelector("#axes")!).HasFlag(DocumentPositions.Following));
    }

    [Fact]
    public async Task The_axes_link_to_their_pages()
    {
        var slugs = await _portal.ReadAsync(db => db.Axes.OrderBy(a => a.Number).Select(a => a.Slug).ToListAsync());

        var page = await _portal.GetDocumentAsync("/");

        Assert.Equal(slugs.Select(s => $"/axes/{s}"), page.QuerySelectorAll("#axes .fr-card__title a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_funding_chart_shows_every_line_of_the_latest_year_with_its_amount()
    {
        var lines = await _portal.ReadAsync(async db => (await db.FundingLines.Where(f => f.Year == 2023).Select(f => new { f.Label, f.Amount, f.Order }).ToListAsync())
            .OrderBy(f => f.Order).ToList());

        var page = await _portal.GetDocumentAsync("/");

        var chart = page.QuerySelector("#financements")!;
        Assert.Contains("2023", VisibleText.Of(chart.QuerySelector("h2")!), StringComparison.Ordinal);
        var items = chart.QuerySelectorAll(".portal-bars__item");
        Assert.Equal(6, lines.Count);
        Assert.Equal(lines.Count, items.Length);
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.Equal(lines[i].Label, VisibleText.Of(items[i].QuerySelector(".portal-bars__label")!));
            Assert.Equal(Millions(lines[i].Amount), VisibleText.Of(items[i].QuerySelector(".portal-bars__amount")!));
            Assert.NotNull(items[i].QuerySelector("[aria-hidden=true] .portal-bars__bar[class*='portal-bar--w']"));
        }
        Assert.Contains(items, i => VisibleText.Of(i).Contains("CALPAE", StringComparison.Ordinal) && VisibleText.Of(i).EndsWith("18,4 M€", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_funding_chart_compares_the_lines_with_the_announced_total()
    {
        var sum = await _portal.ReadAsync(async db => (await db.FundingLines.Where(f => f.Year == 2023).Select(f => f.Amount).ToListAsync()).Sum());

        var page = await _portal.GetDocumentAsync("/");

        var total = VisibleText.Of(page.QuerySelector("#financements-total")!);
        Assert.Contains($"totalisent {Millions(sum)} sur les 75 M€ annoncés", total, StringComparison.Ordinal);
        Assert.Contains("Source : Communiqué de presse du préfet de la région Occitanie du 24 mai 2024", VisibleText.Of(page.QuerySelector("#financements")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_figures_without_axis_are_listed_in_order()
    {
        var count = await _portal.ReadAsync(db => db.KeyFigures.CountAsync(k => k.AxisId == null));

        var page = await _portal.GetDocumentAsync("/");

        var figures = page.QuerySelectorAll("#chiffres-cles li").Select(VisibleText.Of).ToList();
        Assert.Equal(count, figures.Count);
        Assert.StartsWith("75 M€ déployés par l'État", figures[0], StringComparison.Ordinal);
        Assert.Contains(figures, f => f.StartsWith("13 départements ont contractualisé avec l'État", StringComparison.Ordinal));
        Assert.Contains(figures, f => f.StartsWith("4 554 communes auxquelles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_three_latest_press_releases_are_shown_newest_first()
    {
        var latest = await _portal.ReadAsync(db => db.PressReleases.OrderByDescending(p => p.Date).Select(p => new { p.Slug, p.Title }).Take(3).ToListAsync());

        var page = await _portal.GetDocumentAsync("/");

        var cards = page.QuerySelectorAll("#communiques .fr-card");
        Assert.Equal(latest.Count, cards.Length);
        Assert.Equal(latest.Select(p => $"/communiques/{p.Slug}"), cards.Select(c => c.QuerySelector(".fr-card__title a")!.GetAttribute("href")));
        Assert.Equal("24 mai 2024", VisibleText.Of(cards[0].QuerySelector("time")!));
        Assert.Equal("2024-05-24", cards[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.StartsWith("Depuis 2017", VisibleText.Of(cards[0].QuerySelector(".fr-card__desc")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conferences_show_their_dates_as_precisely_as_the_sources_give_them()
    {
        var page = await _portal.GetDocumentAsync("/");

        var cards = page.QuerySelectorAll("#conferences .fr-card").ToDictionary(
            c => c.QuerySelector(".fr-card__title a")!.GetAttribute("href")!,
            c => VisibleText.Of(c.QuerySelector(".fr-card__detail")!));
        Assert.Equal("7 juillet 2021", cards["/conferences/conference-regionale-des-elus-2021"]);
        Assert.Equal("De mai à novembre 2023", cards["/conferences/conferences-regionales-2023"]);
        Assert.Contains("Visioconférence", VisibleText.Of(page.QuerySelector("#conferences")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_stylesheet_follows_the_dsfr_and_the_page_has_no_inline_style_or_script()
    {
        using var client = _portal.CreateClient();
        var page = await _portal.GetDocumentAsync("/");

        var stylesheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Matches(@"^/lib/dsfr/dsfr\.portal\.min\.\w+\.css$", stylesheets[0]);
        Assert.Matches(@"^/css/portal\.\w+\.css$", stylesheets[1]);
        using var css = await client.GetAsync(new Uri(stylesheets[1], UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Empty(page.QuerySelectorAll("[style], style"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    /// <summary>"18,4 M€", written independently of the portal's formatter.</summary>
    private static string Millions(decimal amount) => (amount / 1_000_000m).ToString("0.##", _french) + " M€";
}
