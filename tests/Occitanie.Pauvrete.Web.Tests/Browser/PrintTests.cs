using Microsoft.Playwright;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>A measure prints cleanly: no navigation, the addresses of its links written out.</summary>
public sealed class PrintTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_measure_prints_without_navigation_and_with_the_addresses_of_its_links()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.BaseAddress, "/mesures/cantines-a-tarification-sociale").ToString());

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator("#navigation").IsVisibleAsync());
        Assert.False(await page.Locator(".fr-breadcrumb").IsVisibleAsync());
        Assert.True(await page.Locator("main h1").IsVisibleAsync());
        var linkSuffix = await page.EvaluateAsync<string>(
            "() => getComputedStyle(document.querySelector('main a[href^=\"tel:\"]'), '::after').content");
        Assert.Contains("tel:", linkSuffix, StringComparison.Ordinal);
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "mesure-impression.pdf") });
    }
}
