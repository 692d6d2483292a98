using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>The admin area's page types pass axe-core too: staff have disabilities as well.</summary>
[Trait("Category", "Browser")]
public sealed class AdminAccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private Uri Address(string path) => new(browser.SecureBaseAddress, path);

    [Fact]
    public async Task The_login_page_has_no_accessibility_violation()
    {
        foreach (var (width, height, suffix) in AxeAudit.Viewports)
        {
            await using var context = await NewContextAsync(width, height);
            await AxeAudit.VisitAndAssertAsync(await context.NewPageAsync(), Address("/admin/connexion"), $"admin-connexion-{suffix}");
        }
    }

    /// <summary>One URL per admin page type; {measure}, {workshop} and {revision} are ids of real items.</summary>
    public static TheoryData<string, string> Pages => new()
    {
        { "/admin", "admin-tableau-de-bord" },
        { "/admin/mesures", "admin-mesures" },
        { "/admin/mesures/{measure}", "admin-mesure" },
        { "/admin/ateliers/{workshop}", "admin-atelier" },
        { "/admin/conferences/nouveau", "admin-nouvelle-conference" },
        { "/admin/mesures/{measure}/historique", "admin-historique" },
        { "/admin/mesures/{measure}/historique/comparer?de={revision}&a={revision}", "admin-comparaison" },
        { "/admin/mesures/{measure}/apercu", "admin-apercu" },
        { "/admin/journal", "admin-journal" },
        { "/admin/corbeille", "admin-corbeille" },
        { "/admin/comptes", "admin-comptes" },
        { "/admin/mot-de-passe-oublie", "admin-mot-de-passe-oublie" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_admin_page_has_no_accessibility_violation(string url, string name)
    {
        url = await AddressAsync(browser.Portal, url);
        foreach (var (width, height, suffix) in AxeAudit.Viewports)
        {
            await using var context = await NewSignedInContextAsync(width, height);
            var page = await context.NewPageAsync();
            await AxeAudit.VisitAndAssertAsync(page, Address(url), $"{name}-{suffix}");
        }
    }

    /// <summary>The address of one of <see cref="Pages"/>, its {measure}, {workshop} and {revision} replaced by ids of real items.</summary>
    public static async Task<string> AddressAsync(PortalFactory portal, string template)
    {
        var measure = await portal.ReadAsync(db => db.Measures.OrderBy(m => m.Slug).Select(m => m.Id).FirstAsync());
        var workshop = await portal.ReadAsync(db => db.Workshops.Where(w => w.Kind == WorkshopKind.Atelier).OrderBy(w => w.Order).Select(w => w.Id).FirstAsync());
        var revision = await portal.ReadAsync(db => db.Revisions.Where(r => r.EntityId == measure).Select(r => r.Id).FirstAsync());
        return template.Replace("{revision}", revision.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{measure}", measure.ToString(), StringComparison.Ordinal).Replace("{workshop}", workshop.ToString(), StringComparison.Ordinal);
    }

    private Task<IBrowserContext> NewContextAsync(int width, int height, string? session = null) =>
        browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "fr-FR",
            IgnoreHTTPSErrors = true,
            StorageState = session,
        });

    /// <summary>The cookies of one sign-in, reused by every page: signing in for each would hit the login rate limit.</summary>
    private static string? _session;

    private async Task<IBrowserContext> NewSignedInContextAsync(int width, int height)
    {
        if (_session is null)
        {
            await using var first = await NewContextAsync(width, height);
            await SignInAsync(await first.NewPageAsync());
            _session = await first.StorageStateAsync();
        }
        return await NewContextAsync(width, height, _session);
    }

    private async Task SignInAsync(IPage page)
    {
        var response = await page.GotoAsync(Address("/admin/connexion"));
        Assert.True(response?.Ok == true, $"{page.Url}: {response?.Status} {await page.ContentAsync()}");
        await page.Locator("#Email").FillAsync(PortalFactory.AdminEmail);
        await page.Locator("#Password").FillAsync(PortalFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitUntilReadyAsync();
        Assert.True(new Uri(page.Url).AbsolutePath == "/admin", $"Not signed in: {page.Url} {await page.Locator("main").InnerTextAsync()}");
    }
}
