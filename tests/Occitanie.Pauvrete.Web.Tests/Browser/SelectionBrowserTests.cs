using System.Text;
using Microsoft.Playwright;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>
/// « Ma sélection » in Chromium (issue 18): three items added without JavaScript and with it, the
/// link opened by someone else, printed within two A4 sheets, downloaded as CSV. Each test has a
/// context of its own: the script keeps the list in the browser's storage.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SelectionBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Canteens = "cantines-a-tarification-sociale";
    private const string BudgetAdvice = "points-conseil-budget";
    private const string Capendu = "atelier-01-cantines-tarification-sociale-capendu";
    private const string ThreeItems = $"/ma-selection?m={Canteens}&m={BudgetAdvice}&a={Capendu}";

    /// <summary>Two measures and a workshop print on at most this many A4 sheets.</summary>
    private const int SheetBudget = 2;

    [Fact]
    public async Task Without_javascript_three_items_are_added_by_the_forms()
    {
        var options = Viewport.Desktop.ContextOptions();
        options.JavaScriptEnabled = false;
        await using var context = await browser.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(browser.BaseAddress, $"/mesures/{Canteens}").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter à ma sélection" }).ClickAsync();
        await page.WaitForURLAsync($"**/ma-selection?m={Canteens}");

        await page.SelectOptionAsync("#selection-choix", $"a:{Capendu}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/ma-selection?m={Canteens}&a={Capendu}");
        await page.SelectOptionAsync("#selection-choix", $"m:{BudgetAdvice}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter", Exact = true }).ClickAsync();

        await page.WaitForURLAsync($"**{ThreeItems}");
        Assert.Equal(3, await page.Locator("#ma-selection article h3").CountAsync());
    }

    [Fact]
    public async Task With_javascript_items_are_added_without_leaving_the_page_and_the_link_opens_elsewhere()
    {
        await using var context = await browser.Browser.NewContextAsync(Viewport.Desktop.ContextOptions());
        await AxeAudit.WatchContentSecurityPolicyAsync(context);
        var page = await context.NewPageAsync();

        await AddAsync(page, $"/mesures/{Canteens}", "Voir ma sélection (1 élément)");
        await AddAsync(page, $"/ateliers/{Capendu}", "Voir ma sélection (2 éléments)");
        // By keyboard: the button takes Enter, and the next Tab reaches the link to the selection.
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/mesures/{BudgetAdvice}"));
        await page.Locator("form.portal-selection-add button").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("form.portal-selection-add [role=status]")).ToContainTextAsync("Voir ma sélection (3 éléments)");
        Assert.EndsWith($"/mesures/{BudgetAdvice}", page.Url, StringComparison.Ordinal);
        Assert.Equal("Dans ma sélection", (await page.Locator("form.portal-selection-add button").TextContentAsync())!.Trim());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Voir ma sélection (3 éléments)", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**{ThreeItems}");
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));

        // Someone else opens the link: nothing of the first browser is needed.
        await using var other = await browser.Browser.NewContextAsync(Viewport.Mobile.ContextOptions());
        var shared = await other.NewPageAsync();
        await shared.GotoAsync(new Uri(browser.BaseAddress, ThreeItems));
        Assert.Equal(
            await page.Locator("#ma-selection article h3").AllTextContentsAsync(),
            await shared.Locator("#ma-selection article h3").AllTextContentsAsync());
        Assert.Equal(3, await shared.Locator("#ma-selection article h3").CountAsync());
    }

    [Fact]
    public async Task The_selection_prints_within_its_sheet_budget_and_downloads_as_csv()
    {
        await using var context = await browser.Browser.NewContextAsync(Viewport.Desktop.ContextOptions());
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.BaseAddress, ThreeItems));

        var sheets = PdfSheets.GlyphsPerSheet(await page.PdfAsync(new PagePdfOptions { Format = "A4" }));
        Assert.InRange(sheets.Count, 1, SheetBudget);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator("#selection-ajout").IsVisibleAsync());
        Assert.False(await page.Locator("#selection-partage").IsVisibleAsync());
        Assert.True(await page.Locator("#ma-selection article h3").First.IsVisibleAsync());
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#selection-csv").ClickAsync());
        Assert.Equal("ma-selection.csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("type;titre;", lines[0], StringComparison.Ordinal);
    }

    private async Task AddAsync(IPage page, string path, string expected)
    {
        await page.GotoAsync(new Uri(browser.BaseAddress, path));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter à ma sélection" }).ClickAsync();
        await Assertions.Expect(page.Locator("form.portal-selection-add [role=status]")).ToContainTextAsync(expected);
        Assert.EndsWith(path, page.Url, StringComparison.Ordinal);
    }
}
