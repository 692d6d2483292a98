using Microsoft.Playwright;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>
/// The header menu carries no aria-labelledby in the HTML (invalid on a plain div); the DSFR script
/// names it: on a phone, opened, it is a dialog named after its « Menu » button; on a wide screen, plain navigation.
/// </summary>
[Trait("Category", "Browser")]
public sealed class MobileMenuTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task On_a_phone_the_opened_menu_is_a_dialog_named_menu()
    {
        using var tab = await browser.BorrowTabAsync(Viewport.Mobile);
        var page = tab.Page;
        await page.GotoAsync(new Uri(browser.BaseAddress, "/"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true }).ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Menu", Exact = true });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByRole(AriaRole.Link, new() { Name = "Mesures", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_wide_screen_the_menu_is_plain_navigation_without_a_dialog()
    {
        using var tab = await browser.BorrowTabAsync(Viewport.Desktop);
        var page = tab.Page;
        await page.GotoAsync(new Uri(browser.BaseAddress, "/"));

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" })).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Dialog).CountAsync());
        Assert.Null(await page.Locator("#modal-menu").GetAttributeAsync("aria-labelledby"));
    }
}
