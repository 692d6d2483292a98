using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// Every published item page (measures, intentions, workshops, axes, conferences, releases, pages),
/// read from the database: it says where its information comes from and when, it never announces a
/// missing fact, and its editors' note and sources are in one section at its end.
/// </summary>
public sealed class ItemPagesTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    private static readonly DateOnly _pacteStart = new(2024, 1, 1);

    private static readonly string[] _pages = ["gouvernance", "accessibilite", "mentions-legales", "donnees-personnelles", "gestion-des-cookies", "contact", "plan-du-site"];

    /// <summary>Each item with an address of its own: its page, its sources and the day it was checked.</summary>
    private sealed record Item(string Url, List<SourceReference> Sources, DateOnly? VerifiedOn, bool HasNote);

    private Task<List<Item>> ItemsAsync() => _portal.ReadAsync(async db =>
    {
        var items = new List<Item>();
        items.AddRange((await db.Measures.AsNoTracking().Published().Select(m => new { m.Slug, m.Sources, m.VerifiedOn, m.EditorNote }).ToListAsync())
            .Select(m => new Item(PublicPaths.Measure(m.Slug), m.Sources, m.VerifiedOn, m.EditorNote != null)));
        items.AddRange((await db.Intentions.AsNoTracking().Published().Select(i => new { i.Slug, i.Sources, i.VerifiedOn, i.EditorNote }).ToListAsync())
            .Select(i => new Item(PublicPaths.Intention(i.Slug), i.Sources, i.VerifiedOn, i.EditorNote != null)));
        items.AddRange((await db.Workshops.AsNoTracking().Published().Select(w => new { w.Slug, w.Sources, w.VerifiedOn, w.EditorNote }).ToListAsync())
            .Select(w => new Item(PublicPaths.Workshop(w.Slug), w.Sources, w.VerifiedOn, w.EditorNote != null)));
        items.AddRange((await db.Axes.AsNoTracking().Published().Select(a => new { a.Slug, a.Sources, a.VerifiedOn, a.EditorNote }).ToListAsync())
            .Select(a => new Item(PublicPaths.Axis(a.Slug), a.Sources, a.VerifiedOn, a.EditorNote != null)));
        items.AddRange((await db.Conferences.AsNoTracking().Published().Select(c => new { c.Slug, c.Sources, c.VerifiedOn, c.EditorNote }).ToListAsync())
            .Select(c => new Item(PublicPaths.Conference(c.Slug), c.Sources, c.VerifiedOn, c.EditorNote != null)));
        items.AddRange((await db.Pages.AsNoTracking().Published().Where(p => _pages.Contains(p.Slug)).Select(p => new { p.Slug, p.Sources, p.VerifiedOn, p.EditorNote }).ToListAsync())
            .Select(p => new Item(PublicPaths.Page(p.Slug), p.Sources, p.VerifiedOn, p.EditorNote != null)));
        return items;
    });

    [Fact]
    public async Task Every_item_names_its_main_source_with_its_date_and_older_information_points_to_the_pacte()
    {
        var documents = await _portal.ReadAsync(db => db.SourceDocuments.ToDictionaryAsync(d => d.FileName, d => (d.Title, d.Date)));
        var pacte = await _portal.ReadAsync(db => db.PressReleases.Published().Where(r => r.Date >= _pacteStart).OrderBy(r => r.Date).Select(r => r.Slug).FirstAsync());
        var items = await ItemsAsync();
        Assert.True(items.Count > 100, $"only {items.Count} items");

        foreach (var item in items.Where(i => i.Sources.Count > 0))
        {
            // The main source: the document most of the item's references cite, the first cited on a tie.
            var main = documents[item.Sources
                .Select((s, index) => (s.Document, index))
                .GroupBy(s => s.Document)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Min(s => s.index))
                .First().Key];
            var shortTitle = main.Title.Split(" : ")[0];

            var page = await _portal.GetDocumentAsync(item.Url);

            var provenance = VisibleText.Of(page.QuerySelector("#provenance") ?? throw new Xunit.Sdk.XunitException($"{item.Url} does not say where its information comes from."));
            Assert.StartsWith($"Source : {VisibleText.Normalize(shortTitle)}", provenance, StringComparison.Ordinal);
            if (main.Date is { } date)
            {
                Assert.Contains(FrenchFormat.Date(date), provenance, StringComparison.Ordinal);
            }
            Assert.Equal(item.VerifiedOn is { } verified ? $"Vérifié le {FrenchFormat.Date(verified)}." : null, page.QuerySelector(".portal-provenance__verified")?.TextContent.Trim());
            var mention = page.QuerySelector("#pacte-des-solidarites");
            if (main.Date < _pacteStart)
            {
                Assert.True(mention is not null, $"{item.Url}: information of {main.Date} without a word on the Pacte des solidarités");
                Assert.Equal($"/communiques/{pacte}", mention.QuerySelector("a")!.GetAttribute("href"));
            }
            else
            {
                Assert.True(mention is null, $"{item.Url}: information of {main.Date} needs no word on the Pacte");
            }
        }
    }

    [Fact]
    public async Task A_release_from_before_2024_points_to_the_pacte_and_the_later_ones_do_not()
    {
        var releases = await _portal.ReadAsync(db => db.PressReleases.Published().Select(r => new { r.Slug, r.Date }).ToListAsync());
        Assert.Contains(releases, r => r.Date < _pacteStart);

        foreach (var release in releases)
        {
            var page = await _portal.GetDocumentAsync(PublicPaths.PressRelease(release.Slug));

            Assert.Equal(release.Date < _pacteStart, page.QuerySelector("#pacte-des-solidarites") is not null);
        }
    }

    [Fact]
    public async Task Workshops_are_told_as_events_of_their_conference_s_date()
    {
        var workshops = await _portal.ReadAsync(db => db.Workshops.Published()
            .Where(w => w.Conference != null && w.Conference.IsPublished)
            .Select(w => new { w.Slug, w.Kind, w.Conference!.Date })
            .ToListAsync());
        Assert.Equal(23, workshops.Count);

        foreach (var workshop in workshops)
        {
            var page = await _portal.GetDocumentAsync(PublicPaths.Workshop(workshop.Slug));

            var held = workshop.Kind == WorkshopKind.TableRonde ? "Tenue" : "Tenu";
            Assert.Equal($"{held} le {FrenchFormat.Date(workshop.Date)}.", VisibleText.Of(page.QuerySelector("#date-atelier")!));
            Assert.Equal("Présentation dans le guide des élus", VisibleText.Of(page.QuerySelector("#description-titre")!));
        }
    }

    [Fact]
    public async Task No_item_page_announces_a_missing_fact_and_every_note_is_in_the_section_at_the_end()
    {
        foreach (var item in await ItemsAsync())
        {
            var page = await _portal.GetDocumentAsync(item.Url);

            ForbiddenWording.AssertNoneIn(page, item.Url);
            Assert.DoesNotContain(page.QuerySelectorAll("main .fr-callout__title"), t => VisibleText.Of(t).Contains("rédaction", StringComparison.Ordinal));
            var section = page.QuerySelector("#sources-et-notes");
            Assert.Equal(item.HasNote, section?.QuerySelector("#note-de-la-redaction") is not null);
            Assert.Equal(item.Sources.Count > 0 || item.HasNote, section is not null);
            if (section is not null)
            {
                // Nothing of the content after it: it closes the page's column.
                var headingsAfter = page.QuerySelectorAll("main h2").Where(h => !section.Contains(h) && section.CompareDocumentPosition(h).HasFlag(DocumentPositions.Following)).ToList();
                Assert.True(headingsAfter.Count == 0, $"{item.Url}: « {string.Join(" », « ", headingsAfter.Select(VisibleText.Of))} » after the sources and notes");
            }
        }
    }
}
