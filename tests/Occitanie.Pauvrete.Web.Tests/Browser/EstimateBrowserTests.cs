using Microsoft.Playwright;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>« Combien pour ma commune ? » by keyboard alone: type the number, Tab to the years, Enter gives the estimate.</summary>
[Trait("Category", "Browser")]
public sealed class EstimateBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_estimate_form_works_with_the_keyboard_alone()
    {
        using var tab = await browser.BorrowTabAsync(Viewport.Desktop);
        var page = tab.Page;
        await page.GotoAsync(new Uri(browser.BaseAddress, "/mesures/cantines-a-tarification-sociale"));

        await page.Locator("#quantite").FocusAsync();
        await page.Keyboard.TypeAsync("1 200");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("annees", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("2");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/mesures/cantines-a-tarification-sociale?quantite=1+200&annees=2#combien");
        await Assertions.Expect(page.Locator("#estimation .fr-callout__title")).ToContainTextAsync("7");
        Assert.Equal("Estimation : 7 200 €", System.Text.RegularExpressions.Regex.Replace((await page.Locator("#estimation .fr-callout__title").TextContentAsync())!, @"\s+", " ").Trim());
    }
}
