using Microsoft.Playwright;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>
/// Every public page type prints cleanly on A4: no navigation, the addresses of external links
/// written out once, no blank or mostly empty sheet, a measure on at most two sheets.
/// </summary>
[Trait("Category", "Browser")]
public sealed class PrintTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>One page per type, with the most sheets it may take.</summary>
    public static TheoryData<string, int> Pages => new()
    {
        { "/", 6 },
        { "/je-souhaite/assurer-un-repas-equilibre", 4 },
        { "/mesures", 8 },
        { "/mesures/cantines-a-tarification-sociale", 2 },
        { "/mesures/points-conseil-budget", 2 },
        { "/ateliers/atelier-01-cantines-tarification-sociale-capendu", 3 },
        { "/conferences/conference-regionale-des-elus-2021", 6 },
        { "/communiques/2024-05-24-bilan-2023-transition-pacte-des-solidarites", 4 },
        { "/axes/acces-aux-droits", 6 },
        { "/recherche?q=cantine", 8 },
        { "/contact", 2 },
        { "/combien", 2 },
        { "/integrer?intention=assurer-un-repas-equilibre", 3 },
        { "/statistiques", 4 },
        { "/ma-selection?m=cantines-a-tarification-sociale&m=points-conseil-budget&a=atelier-01-cantines-tarification-sociale-capendu", 2 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_prints_on_few_sheets_none_of_them_mostly_empty(string url, int maxSheets)
    {
        using var tab = await browser.BorrowTabAsync(Viewport.Desktop);
        var page = tab.Page;
        await page.GotoAsync(new Uri(browser.BaseAddress, url));

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = false });

        var sheets = PdfSheets.GlyphsPerSheet(pdf);
        Assert.InRange(sheets.Count, 1, maxSheets);
        // A sheet before the last holds at least a quarter of the fullest one; the last is not blank.
        var fullest = sheets.Max();
        for (var i = 0; i < sheets.Count - 1; i++)
        {
            Assert.True(sheets[i] >= fullest / 4, $"{url}: sheet {i + 1} of {sheets.Count} is mostly empty ({sheets[i]} characters, the fullest {fullest}): [{string.Join(", ", sheets)}]");
        }
        Assert.True(sheets[^1] >= 40, $"{url}: the last sheet is nearly blank ({sheets[^1]} characters): [{string.Join(", ", sheets)}]");
    }

    [Fact]
    public async Task A_measure_prints_without_navigation_and_with_the_addresses_of_its_links()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.BaseAddress, "/mesures/cantines-a-tarification-sociale"));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator("#navigation").IsVisibleAsync());
        Assert.False(await page.Locator(".fr-breadcrumb").IsVisibleAsync());
        Assert.True(await page.Locator("main h1").IsVisibleAsync());
        var linkSuffix = await page.EvaluateAsync<string>(
            "() => getComputedStyle(document.querySelector('main a[href^=\"tel:\"]'), '::after').content");
        Assert.Contains("tel:", linkSuffix, StringComparison.Ordinal);
        await page.SavePdfIfAskedAsync("mesure-impression");
    }

    [Fact]
    public async Task A_release_prints_its_permalink_once_and_its_contacts_without_navigation()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.BaseAddress, "/communiques/2024-05-24-bilan-2023-transition-pacte-des-solidarites"));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator("#navigation").IsVisibleAsync());
        Assert.True(await page.Locator("#lien-permanent").IsVisibleAsync());
        Assert.True(await page.Locator("#press-contacts-title").IsVisibleAsync());
        // The permalink's text is its address: it is not written out a second time.
        var permalinkSuffix = await page.EvaluateAsync<string>(
            "() => getComputedStyle(document.querySelector('#lien-permanent a'), '::after').content");
        Assert.Equal("none", permalinkSuffix);
        var telSuffix = await page.EvaluateAsync<string>(
            "() => getComputedStyle(document.querySelector('main a[href^=\"tel:\"]'), '::after').content");
        Assert.Contains("tel:", telSuffix, StringComparison.Ordinal);
        await page.SavePdfIfAskedAsync("communique-impression");
    }
}
