using Microsoft.Playwright;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>
/// The catalogue on a phone (390 × 844): the count and the results come first, the filters behind
/// « Filtrer »; a filter chosen lands on its results. On a wide screen the filters stand open.
/// </summary>
[Trait("Category", "Browser")]
public sealed class PhoneCatalogueTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task On_a_phone_the_first_result_is_in_the_first_screen_and_a_filter_lands_on_its_results()
    {
        using var tab = await browser.BorrowTabAsync(Viewport.Mobile);
        var page = tab.Page;
        await page.GotoAsync(new Uri(browser.BaseAddress, "/mesures"));

        await page.CheckAsync("mesures-telephone", async () =>
        {
            await AssertInFirstScreenAsync(page, "#mesures li:first-child .fr-card__title");
            Assert.False(await page.Locator("#filtre-axis").IsVisibleAsync());
        });

        await page.Locator(".catalogue-filters > summary").ClickAsync();
        var choice = page.Locator("#filtre-intention a").First;
        var label = (await choice.TextContentAsync())!;
        await choice.ClickAsync();
        await page.WaitUntilReadyAsync();

        await page.CheckAsync("mesures-telephone-filtre", async () =>
        {
            Assert.Contains("intention=", page.Url, StringComparison.Ordinal);
            Assert.EndsWith("#resultats", page.Url, StringComparison.Ordinal);
            await AssertInFirstScreenAsync(page, "#nombre-de-mesures");
            await AssertInFirstScreenAsync(page, "#mesures li:first-child .fr-card__title");
            // The chosen filter stands above the results as a tag that removes it.
            var chosen = page.Locator("#filtres-choisis a");
            Assert.Equal(1, await chosen.CountAsync());
            Assert.Contains(label[..label.LastIndexOf('(')].Trim(), (await chosen.TextContentAsync())!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task On_a_wide_screen_the_filters_stand_open_beside_the_results()
    {
        using var tab = await browser.BorrowTabAsync(Viewport.Desktop);
        var page = tab.Page;
        await page.GotoAsync(new Uri(browser.BaseAddress, "/mesures"));

        await page.CheckAsync("mesures-large", async () =>
        {
            Assert.True(await page.Locator("#filtre-axis").IsVisibleAsync());
            Assert.False(await page.Locator(".catalogue-filters > summary").IsVisibleAsync());
        });
    }

    private static async Task AssertInFirstScreenAsync(IPage page, string selector)
    {
        var box = await page.Locator(selector).First.BoundingBoxAsync();
        var height = page.ViewportSize!.Height;
        Assert.True(box is not null && box.Y >= 0 && box.Y + box.Height <= height, $"{selector} at {box?.Y} px (height {box?.Height}), the screen is {height} px high");
    }
}
