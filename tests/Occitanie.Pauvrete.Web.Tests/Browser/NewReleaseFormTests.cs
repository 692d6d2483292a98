using Microsoft.Playwright;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>
/// The new-release form in Chromium on a laptop (1366 px) and a phone (390 px), as staff use it:
/// parts under headings, the save bar in view wherever one is in the form, one row per repeatable
/// group and one more on demand (with the keyboard), a refused save that adds no row, and leaving
/// the page with changes not saved asks first.
/// </summary>
[Trait("Category", "Browser")]
public sealed class NewReleaseFormTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string FormPath = "/admin/communiques/nouveau";

    private const string Contacts = "fieldset.admin-row[id^='f-PressContacts-ligne-']";

    private const string Sources = "fieldset.admin-row[id^='f-Sources-ligne-']";

    /// <summary>Whether the save bar is on screen, whole, with its buttons.</summary>
    private const string SaveBarInViewScript = """
        () => {
            const bar = document.querySelector('.admin-savebar');
            const box = bar.getBoundingClientRect();
            return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight + 1
                && [...bar.querySelectorAll('button')].every(b => { const r = b.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight + 1; });
        }
        """;

    private Uri Address(string path) => new(browser.SecureBaseAddress, path);

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task The_new_release_form_guides_at_every_width(int width)
    {
        var viewport = width == Viewport.Mobile.Width ? Viewport.Mobile : Viewport.Laptop;
        await using var context = await browser.Browser.NewContextAsync(viewport.ContextOptions(acceptTestCertificate: true));
        await AxeAudit.WatchContentSecurityPolicyAsync(context);
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        var dialogShown = new TaskCompletionSource();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            dialogShown.TrySetResult();
            // « Rester sur la page »: the test goes on with the form.
            _ = dialog.DismissAsync();
        };
        await browser.SignInAsync(page);

        await page.CheckAsync($"nouveau-communique-{viewport.Name}", async () =>
        {
            await page.GotoAsync(Address(FormPath));

            // Parts under headings; the save bar in view at the top of the form and in its middle.
            Assert.Equal(
                ["Identité", "L'essentiel", "Détails", "Contacts", "Sources", "Publication"],
                await page.Locator("main section.admin-form-section > h2").AllInnerTextsAsync());
            Assert.True(await page.EvaluateAsync<bool>(SaveBarInViewScript), "The save bar is not in view at the top of the form.");
            await page.Locator("#partie-contacts").ScrollIntoViewIfNeededAsync();
            Assert.True(await page.EvaluateAsync<bool>(SaveBarInViewScript), "The save bar is not in view at the contacts.");
            Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - innerWidth"));

            // One row per repeatable group.
            Assert.Equal(1, await page.Locator(Contacts).CountAsync());
            Assert.Equal(1, await page.Locator(Sources).CountAsync());

            // Leaving with a change not saved asks first; the person stays, with what they typed.
            await page.Locator("#f-Title").ClickAsync();
            await page.Keyboard.TypeAsync("Communiqué en cours");
            await page.EvaluateAsync("() => { location.href = '/admin'; }");
            await dialogShown.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(["beforeunload"], dialogs);
            Assert.Equal(FormPath, new Uri(page.Url).AbsolutePath);
            Assert.Equal("Communiqué en cours", await page.Locator("#f-Title").InputValueAsync());

            // « Ajouter un contact » with the keyboard: one more row, the title kept, and no question (it is the form's own button).
            await page.Locator("button[name='ajouter'][value='PressContacts']").FocusAsync();
            await page.NavigateByAsync(() => page.Keyboard.PressAsync("Enter"), url => new Uri(url).AbsolutePath == FormPath + "/ligne");
            Assert.Equal(2, await page.Locator(Contacts).CountAsync());
            Assert.Equal(1, await page.Locator(Sources).CountAsync());
            Assert.Equal("Communiqué en cours", await page.Locator("#f-Title").InputValueAsync());
            Assert.Equal(0, await page.Locator("#errors").CountAsync());
            Assert.Single(dialogs);

            // A refused save (no title) adds no row.
            await page.Locator("#f-Title").FillAsync("");
            await page.NavigateByAsync(() => page.Locator(".admin-savebar button[value='enregistrer']").ClickAsync(), url => new Uri(url).AbsolutePath == FormPath);
            Assert.True(await page.Locator("#errors").IsVisibleAsync());
            Assert.Equal(2, await page.Locator(Contacts).CountAsync());
            Assert.Equal(1, await page.Locator(Sources).CountAsync());
            Assert.True(await page.EvaluateAsync<bool>(SaveBarInViewScript), "The save bar is not in view on the refused form.");
        });
    }
}
