using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>
/// Every measure page, in Chromium on a phone (390 px) and a laptop (1366 px): « L'essentiel » is the
/// first section after the title and, on the phone, it ends within the first screen; no wording
/// announces a missing fact; the editors' note and sources are in the collapsed section at the end.
/// Layout only: the axe-core audit of a measure page is in AccessibilityTests.
/// </summary>
[Trait("Category", "Browser")]
public sealed class MeasurePagesLayoutTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string LayoutScript = """
        () => {
            const main = document.querySelector('main');
            const title = main.querySelector('h1');
            const headings = [...main.querySelectorAll('h2')];
            const essentials = document.getElementById('essentiel');
            const notes = document.getElementById('sources-et-notes');
            const note = document.getElementById('note-de-la-redaction');
            const box = essentials?.getBoundingClientRect();
            return {
                titles: main.querySelectorAll('h1').length,
                firstHeadingAfterTitle: headings.find(h => title.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING)?.textContent.trim() ?? null,
                essentialsBottom: box ? box.bottom + scrollY : null,
                screenHeight: innerHeight,
                headingsAfterNotes: notes ? headings.filter(h => !notes.contains(h) && (notes.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING)).map(h => h.textContent.trim()) : [],
                noteOutsideNotes: note !== null && (notes === null || !notes.contains(note)),
                notesExpanded: notes?.querySelector('.fr-accordion__btn')?.getAttribute('aria-expanded') ?? null,
                overflow: document.documentElement.scrollWidth - innerWidth,
            };
        }
        """;

    [Fact]
    public async Task Every_measure_page_opens_on_l_essentiel_and_keeps_its_notes_for_the_end_on_a_phone_and_a_laptop()
    {
        var slugs = await browser.Portal.ReadAsync(db => db.Measures.AsNoTracking().Published().OrderBy(m => m.Slug).Select(m => m.Slug).ToListAsync());
        Assert.True(slugs.Count >= 68, $"only {slugs.Count} measures");
        using var tab = await browser.BorrowTabAsync(Viewport.Mobile);
        var page = tab.Page;
        var problems = new List<string>();
        var checkedLayouts = 0;

        foreach (var slug in slugs)
        {
            var url = $"/mesures/{slug}";
            await page.GotoAsync(new Uri(browser.BaseAddress, url));
            var text = await page.EvaluateAsync<string>(ForbiddenWording.ContentTextScript);
            if (ForbiddenWording.FindIn(text) is { } forbidden)
            {
                problems.Add($"{url}: says « {forbidden} »");
            }

            // One load, two widths: the same page laid out again at the laptop's width is what a
            // laptop shows (the page has no width-dependent markup), for half the page loads.
            foreach (var viewport in (Viewport[])[Viewport.Mobile, Viewport.Laptop])
            {
                await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
                var layout = (await page.EvaluateAsync<JsonElement>(LayoutScript)).Deserialize<Layout>(JsonSerializerOptions.Web)!;
                await page.SaveScreenshotIfAskedAsync($"mesure-{slug}-{viewport.Name}");
                problems.AddRange(ProblemsOf(layout, viewport).Select(problem => $"{url} at {viewport.Width} px: {problem}"));
                checkedLayouts++;
            }
            // Each page is loaded at the phone's size, as a phone opens it.
            await page.SetViewportSizeAsync(Viewport.Mobile.Width, Viewport.Mobile.Height);
        }

        Assert.Equal(slugs.Count * 2, checkedLayouts);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<string> ProblemsOf(Layout layout, Viewport viewport)
    {
        if (layout.Titles != 1)
        {
            yield return $"{layout.Titles} h1";
        }
        if (layout.FirstHeadingAfterTitle != "L'essentiel")
        {
            yield return $"the first section after the title is « {layout.FirstHeadingAfterTitle} », not « L'essentiel »";
        }
        if (viewport == Viewport.Mobile && layout.EssentialsBottom > layout.ScreenHeight)
        {
            yield return $"« L'essentiel » ends at {layout.EssentialsBottom:0} px, below the first screen ({layout.ScreenHeight} px)";
        }
        if (layout.NoteOutsideNotes || layout.HeadingsAfterNotes.Length > 0)
        {
            yield return $"editors' note or sources above content ({string.Join(", ", layout.HeadingsAfterNotes)})";
        }
        if (layout.NotesExpanded is not (null or "false"))
        {
            yield return "the sources and notes are open";
        }
        if (layout.Overflow > 0)
        {
            yield return $"{layout.Overflow} px wider than the screen";
        }
    }

    private sealed record Layout(
        int Titles,
        string? FirstHeadingAfterTitle,
        double? EssentialsBottom,
        int ScreenHeight,
        string[] HeadingsAfterNotes,
        bool NoteOutsideNotes,
        string? NotesExpanded,
        int Overflow);
}
