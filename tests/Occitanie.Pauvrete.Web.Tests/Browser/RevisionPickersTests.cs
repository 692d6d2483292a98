using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>
/// The history's « Comparer de / à » radio buttons can be seen and used, with the mouse and with the
/// keyboard, so any two revisions can be compared (they were drawn on a label of no height).
/// </summary>
[Trait("Category", "Browser")]
public sealed class RevisionPickersTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private Uri Address(string path) => new(browser.SecureBaseAddress, path);

    [Fact]
    public async Task Two_old_revisions_are_picked_by_click_and_keyboard_and_compared()
    {
        // A draft page of its own, saved three times: shown nowhere on the public site.
        var (id, revisions) = await browser.Portal.ReadAsync(async db =>
        {
            var page = new Page { Id = Guid.NewGuid(), Slug = $"historique-{Guid.NewGuid():N}", Title = "Page aux trois versions", Body = "Première version.", Status = PublicationStatus.Draft, UpdatedBy = "essai@occitanie.gouv.fr" };
            db.Pages.Add(page);
            await db.SaveChangesAsync();
            page.Body = "Deuxième version.";
            await db.SaveChangesAsync();
            page.Body = "Troisième version.";
            await db.SaveChangesAsync();
            return (page.Id, await db.Revisions.Where(r => r.EntityId == page.Id).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());
        });
        var (first, second) = (revisions[0].ToString(CultureInfo.InvariantCulture), revisions[1].ToString(CultureInfo.InvariantCulture));
        await using var context = await browser.Browser.NewContextAsync(Viewport.Desktop.ContextOptions(acceptTestCertificate: true));
        await AxeAudit.WatchContentSecurityPolicyAsync(context);
        var tab = await context.NewPageAsync();
        await browser.SignInAsync(tab);

        await AxeAudit.VisitAndAssertAsync(tab, Address($"/admin/pages/{id}/historique"), "admin-historique-trois-versions");

        foreach (var picker in new[] { $"#de-{first}", $"#a-{second}" })
        {
            var box = await tab.Locator($"label[for='{picker[1..]}']").BoundingBoxAsync();
            Assert.True(box is { Height: >= 16, Width: >= 16 }, $"The radio {picker} is drawn on a label of {box?.Width} × {box?.Height} px.");
        }
        // « de »: a click on the oldest revision's radio.
        await tab.Locator($"label[for='de-{first}']").ClickAsync();
        Assert.True(await tab.Locator($"#de-{first}").IsCheckedAsync());
        // « à »: from the latest, checked, one arrow down with the keyboard picks the one before.
        await tab.Locator("input[name='a']:checked").FocusAsync();
        await tab.Keyboard.PressAsync("ArrowDown");
        Assert.True(await tab.Locator($"#a-{second}").IsCheckedAsync());
        await tab.GetByRole(AriaRole.Button, new() { Name = "Comparer les deux versions choisies" }).FocusAsync();
        await tab.NavigateByAsync(() => tab.Keyboard.PressAsync("Enter"), url => url.Contains("/comparer", StringComparison.Ordinal));

        var query = new Uri(tab.Url).Query;
        Assert.Contains($"de={first}", query, StringComparison.Ordinal);
        Assert.Contains($"a={second}", query, StringComparison.Ordinal);
        var differences = await tab.Locator("#differences").InnerTextAsync();
        Assert.Contains("Première version.", differences, StringComparison.Ordinal);
        Assert.Contains("Deuxième version.", differences, StringComparison.Ordinal);
        Assert.DoesNotContain("Troisième version.", differences, StringComparison.Ordinal);
    }
}
