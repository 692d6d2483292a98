using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>
/// Decision 0013 as staff use it in Chromium: a live measure revised as a pending version stays as
/// published on its page, in the search and in the API until « Publier la version en attente ».
/// (The Atom feed carries press releases only: <c>PendingVersionTests</c> checks it on a release.)
/// </summary>
[Trait("Category", "Browser")]
public sealed class PendingVersionBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Word = "xylophonique";

    [Fact]
    public async Task A_live_measure_edited_as_a_pending_version_shows_the_old_text_to_the_public_until_it_is_published_and_the_history_keeps_both()
    {
        // The last measure by address: the other browser tests look at the first ones.
        var measure = await browser.Portal.ReadAsync(db => db.Measures.AsNoTracking()
            .Where(m => m.Status == PublicationStatus.Published).OrderByDescending(m => m.Slug).FirstAsync());
        await using var context = await browser.Browser.NewContextAsync(Viewport.Laptop.ContextOptions(acceptTestCertificate: true));
        var admin = await context.NewPageAsync();
        await browser.SignInAsync(admin);

        await admin.GotoAsync(Secure($"/admin/mesures/{measure.Id}"));
        await admin.Locator("#f-Body").FillAsync(measure.Body.TrimEnd() + $"\n\nParagraphe révisé en attente : {Word}.\n");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer comme version en attente", Exact = true }).ClickAsync();
        await admin.WaitUntilReadyAsync();

        await admin.CheckAsync("version-en-attente-formulaire", async () =>
        {
            Assert.Contains("Version en attente enregistrée", await admin.Locator(".fr-alert--success").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("Ce formulaire montre la version en attente", await admin.Locator("#version-en-attente").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains(Word, await admin.Locator("#f-Body").InputValueAsync(), StringComparison.Ordinal);
        });
        await admin.GotoAsync(Secure($"/admin/mesures/{measure.Id}/apercu"));
        Assert.Contains(Word, await admin.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await admin.GotoAsync(Secure("/admin"));
        Assert.Contains(measure.Title, await admin.Locator("#table-versions-en-attente").InnerTextAsync(), StringComparison.Ordinal);

        Assert.Equal((false, false, false), await PublicShowsAsync(measure.Slug));

        await admin.GotoAsync(Secure($"/admin/mesures/{measure.Id}"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Publier la version en attente", Exact = true }).ClickAsync();
        await admin.WaitUntilReadyAsync();
        Assert.Contains("publiée", await admin.Locator(".fr-alert--success").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await admin.Locator("#version-en-attente").CountAsync());

        Assert.Equal((true, true, true), await PublicShowsAsync(measure.Slug));

        await admin.GotoAsync(Secure($"/admin/mesures/{measure.Id}/historique"));
        var history = await admin.Locator("main").InnerTextAsync();
        Assert.Contains("Publication de la version en attente", history, StringComparison.Ordinal);
        Assert.Contains("Version en attente", history.Replace("Publication de la version en attente", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>Whether the measure's page, the search and the API show <see cref="Word"/>, read by an anonymous visitor.</summary>
    private async Task<(bool Page, bool Search, bool Api)> PublicShowsAsync(string slug)
    {
        using var tab = await browser.BorrowTabAsync(Viewport.Desktop);
        var page = tab.Page;
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/mesures/{slug}"));
        var shown = (await page.Locator("main").InnerTextAsync()).Contains(Word, StringComparison.Ordinal);
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/recherche?q={Word}"));
        var found = await page.Locator($"main a[href='/mesures/{slug}']").CountAsync() > 0;
        var api = await page.GotoAsync(new Uri(browser.BaseAddress, $"/api/mesures/{slug}").ToString());
        var inApi = (await api!.TextAsync()).Contains(Word, StringComparison.Ordinal);
        return (shown, found, inApi);
    }

    private Uri Secure(string path) => new(browser.SecureBaseAddress, path);
}
