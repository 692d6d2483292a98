using Microsoft.Playwright;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>A measure and a release print cleanly: no navigation, the addresses of their links written out once.</summary>
[Trait("Category", "Browser")]
public sealed class PrintTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
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
