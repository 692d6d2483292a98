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
        foreach (var viewport in Viewport.All)
        {
            await using var context = await browser.Browser.NewContextAsync(viewport.ContextOptions(acceptTestCertificate: true));
            await AxeAudit.WatchContentSecurityPolicyAsync(context);
            await AxeAudit.VisitAndAssertAsync(await context.NewPageAsync(), Address("/admin/connexion"), $"admin-connexion-{viewport.Name}");
        }
    }

    /// <summary>One URL per admin page type; {measure}, {workshop}, {release} and {revision} are ids of real items.</summary>
    public static TheoryData<string, string> Pages => new()
    {
        { "/admin", "admin-tableau-de-bord" },
        { "/admin/mesures", "admin-mesures" },
        { "/admin/mesures/{measure}", "admin-mesure" },
        { "/admin/ateliers/{workshop}", "admin-atelier" },
        { "/admin/conferences/nouveau", "admin-nouvelle-conference" },
        { "/admin/communiques/nouveau", "admin-nouveau-communique" },
        { "/admin/mesures/{measure}/corbeille", "admin-confirmation-corbeille" },
        { "/admin/mesures/{measure}/depublier", "admin-confirmation-depublier" },
        { "/admin/communiques/{release}", "admin-communique" },
        { "/admin/communiques/{release}/programmer", "admin-programmer-publication" },
        { "/admin/sources/nouveau", "admin-nouveau-document-source" },
        { "/admin/sources/{source}", "admin-document-source" },
        { "/admin/contacts-locaux", "admin-contacts-locaux" },
        { "/admin/contacts-presse", "admin-contacts-presse" },
        { "/admin/contacts-presse/nouveau", "admin-nouveau-contact-presse" },
        { "/admin/mesures/lot?operation=depublier&id={measure}", "admin-confirmation-lot" },
        { "/admin/contacts-locaux/nouveau", "admin-nouveau-contact-local" },
        { "/admin/mesures/{measure}/historique", "admin-historique" },
        { "/admin/mesures/{measure}/historique/comparer?de={revision}&a={revision}", "admin-comparaison" },
        { "/admin/mesures/{measure}/apercu", "admin-apercu" },
        { "/admin/journal", "admin-journal" },
        { "/admin/signalements?statut=tous", "admin-signalements" },
        { "/admin/liens", "admin-liens" },
        { "/admin/recherche?q=petits", "admin-recherche" },
        { "/admin/synonymes", "admin-synonymes" },
        { "/admin/export", "admin-export" },
        { "/admin/corbeille", "admin-corbeille" },
        { "/admin/comptes", "admin-comptes" },
        { "/admin/mot-de-passe-oublie", "admin-mot-de-passe-oublie" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_admin_page_has_no_accessibility_violation(string url, string name)
    {
        url = await AddressAsync(browser.Portal, url);
        using var tab = await browser.BorrowStaffTabAsync(Viewport.Desktop);
        // One load, audited at the desktop's width then at the phone's.
        await AxeAudit.VisitAndAssertAsync(tab.Page, Address(url), $"{name}-{Viewport.Desktop.Name}", alsoAt: [Viewport.Mobile]);
    }

    [Fact]
    public async Task The_form_and_the_dashboard_with_a_pending_version_have_no_accessibility_violation()
    {
        // Not a measure the other browser tests read or revise.
        var measure = await browser.Portal.ReadAsync(db => db.Measures.Where(m => m.Status == PublicationStatus.Published)
            .OrderByDescending(m => m.Slug).Skip(1).Select(m => m.Id).FirstAsync());
        using (var tab = await browser.BorrowStaffTabAsync(Viewport.Desktop))
        {
            var page = tab.Page;
            await page.GotoAsync(Address($"/admin/mesures/{measure}"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer comme version en attente", Exact = true }).ClickAsync();
            await page.WaitUntilReadyAsync();
            Assert.Equal(1, await page.Locator("#version-en-attente").CountAsync());
        }
        foreach (var viewport in Viewport.All)
        {
            using var tab = await browser.BorrowStaffTabAsync(viewport);
            await AxeAudit.VisitAndAssertAsync(tab.Page, Address($"/admin/mesures/{measure}"), $"admin-mesure-version-en-attente-{viewport.Name}");
            await AxeAudit.VisitAndAssertAsync(tab.Page, Address("/admin"), $"admin-tableau-de-bord-version-en-attente-{viewport.Name}");
        }
    }

    /// <summary>
    /// The address of one of <see cref="Pages"/>, its {measure}, {workshop}, {release}, {source} and {revision} replaced by ids of real items;
    /// « Liens à vérifier » gets a link check's results first, so that its lists are seen.
    /// </summary>
    public static async Task<string> AddressAsync(PortalFactory portal, string template)
    {
        if (template.StartsWith("/admin/liens", StringComparison.Ordinal))
        {
            await LinkReportSeed.EnsureAsync(portal);
        }
        var measure = await portal.ReadAsync(db => db.Measures.OrderBy(m => m.Slug).Select(m => m.Id).FirstAsync());
        var workshop = await portal.ReadAsync(db => db.Workshops.Where(w => w.Kind == WorkshopKind.Atelier).OrderBy(w => w.Order).Select(w => w.Id).FirstAsync());
        var revision = await portal.ReadAsync(db => db.Revisions.Where(r => r.EntityId == measure).Select(r => r.Id).FirstAsync());
        var release = await portal.ReadAsync(db => db.PressReleases.OrderBy(r => r.Slug).Select(r => r.Id).FirstAsync());
        var source = await portal.ReadAsync(db => db.SourceDocuments.OrderBy(d => d.FileName).Select(d => d.Id).FirstAsync());
        return template.Replace("{source}", source.ToString(), StringComparison.Ordinal).Replace("{revision}", revision.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{measure}", measure.ToString(), StringComparison.Ordinal).Replace("{release}", release.ToString(), StringComparison.Ordinal).Replace("{workshop}", workshop.ToString(), StringComparison.Ordinal);
    }
}
