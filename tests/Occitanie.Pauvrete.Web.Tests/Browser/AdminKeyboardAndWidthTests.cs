using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>
/// The admin's page types used with the keyboard alone (Tab reaches every control in the order of
/// the document, with the DSFR's focus ring), and its lists at a laptop's and a phone's width: the
/// page never scrolls sideways, a wide table scrolls in its own DSFR container. The test
/// administrator's lent tab (<see cref="BrowserHost.BorrowStaffTabAsync"/>), resized and given back at its size.
/// </summary>
[Trait("Category", "Browser")]
public sealed class AdminKeyboardAndWidthTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>One address per admin page type a keyboard user goes through: its ids filled in by <see cref="AdminAccessibilityTests.AddressAsync"/>.</summary>
    public static TheoryData<string> KeyboardPages => new()
    {
        "/admin",
        "/admin/communiques",
        "/admin/communiques/{release}",
        "/admin/mesures/{measure}/corbeille",
        "/admin/mesures/{measure}/historique",
        "/admin/journal",
        "/admin/liens",
        "/admin/export",
        "/admin/contacts-presse/nouveau",
        "/admin/comptes",
    };

    [Theory]
    [MemberData(nameof(KeyboardPages))]
    public async Task Tab_reaches_every_control_of_the_admin_page_in_document_order_and_shows_the_focus(string template)
    {
        var url = await AdminAccessibilityTests.AddressAsync(browser.Portal, template);
        using var tab = await browser.BorrowStaffTabAsync(Viewport.Desktop);
        var page = tab.Page;
        await page.GotoAsync(new Uri(browser.SecureBaseAddress, url).ToString());
        await page.WaitUntilReadyAsync();

        await KeyboardNavigationTests.AssertTabOrderAsync(page, url);
    }

    [Fact]
    public async Task The_bulk_confirmation_page_is_reached_and_confirmed_with_the_keyboard_alone()
    {
        var axis = await browser.Portal.ReadAsync(db => db.Axes.AsNoTracking().OrderBy(a => a.Number).Select(a => new { a.Id, a.Title }).FirstAsync());
        using var tab = await browser.BorrowStaffTabAsync(Viewport.Desktop);
        var page = tab.Page;
        await page.GotoAsync(new Uri(browser.SecureBaseAddress, "/admin/axes").ToString());
        await page.WaitUntilReadyAsync();

        await page.Locator($"#lot-{axis.Id}").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Locator("#lot button[value='publier']").FocusAsync();
        await page.NavigateByAsync(() => page.Keyboard.PressAsync("Enter"), u => new Uri(u).AbsolutePath == "/admin/axes/lot");

        // Published already: the page says so, and its button only goes back to the list.
        Assert.Contains($"« {axis.Title} »", await page.Locator("main .fr-alert--warning").InnerTextAsync(), StringComparison.Ordinal);
        await KeyboardNavigationTests.AssertTabOrderAsync(page, "/admin/axes/lot");
    }

    public static TheoryData<string> Lists => new()
    {
        "/admin",
        "/admin/mesures",
        "/admin/communiques",
        "/admin/contacts-presse",
        "/admin/journal",
        "/admin/corbeille",
        "/admin/comptes",
        "/admin/recherche?q=petits",
        "/admin/liens",
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task The_admin_list_fits_a_laptop_and_a_phone_and_its_tables_scroll_in_their_own_container(string url)
    {
        url = await AdminAccessibilityTests.AddressAsync(browser.Portal, url);
        using var tab = await browser.BorrowStaffTabAsync(Viewport.Desktop);
        var page = tab.Page;
        await page.GotoAsync(new Uri(browser.SecureBaseAddress, url).ToString());
        await page.WaitUntilReadyAsync();
        foreach (var viewport in new[] { Viewport.Laptop, Viewport.Mobile })
        {
            await page.SetViewportSizeAsync(viewport.Width, viewport.Height);

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - innerWidth");
            // What sticks out, outermost first, outside a container that scrolls itself, to say where to look.
            var outside = overflow <= 0 ? [] : await page.EvaluateAsync<string[]>(
                "() => [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > innerWidth + 1 && !e.parentElement.closest('.fr-table__container')).slice(0, 6).map(e => `${e.localName}.${e.className} (${Math.round(e.getBoundingClientRect().width)} px)`)");
            Assert.True(overflow <= 0, $"{url} at {viewport.Width} px: the page is {overflow} px wider than the screen: {string.Join(", ", outside)}");
            var unwrapped = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('main table')].filter(t => !['auto', 'scroll'].includes(getComputedStyle(t.closest('.fr-table__container') ?? t).overflowX)).map(t => t.caption?.innerText ?? t.outerHTML.slice(0, 80))");
            Assert.True(unwrapped.Length == 0, $"{url} at {viewport.Width} px: tables outside a scrolling DSFR container: {string.Join(", ", unwrapped)}");
        }
    }
}
