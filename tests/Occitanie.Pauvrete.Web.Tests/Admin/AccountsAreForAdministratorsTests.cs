using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

public sealed class AccountsAreForAdministratorsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_redacteur_gets_the_access_denied_page_and_no_accounts_menu()
    {
        await AccountSteps.CreateEditorAsync(portal, "redactrice.refusee@occitanie.gouv.fr");
        using var editor = await StaffBrowser.SignInAsync(portal, "redactrice.refusee@occitanie.gouv.fr", AccountSteps.EditorPassword);

        var dashboard = await editor.GetAsync("/admin");
        Assert.Null(dashboard.QuerySelector("a[href='/admin/comptes']"));

        using var response = await editor.Http.GetAsync(new Uri("/admin/comptes", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("/admin/comptes", response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal("Accès refusé", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("#comptes"));
    }

    [Fact]
    public async Task An_administrator_sees_the_accounts_menu_and_the_list()
    {
        using var administrator = await StaffBrowser.SignInAsync(portal);

        var page = await administrator.GetAsync("/admin/comptes");

        Assert.NotNull(page.QuerySelector("nav a[href='/admin/comptes'][aria-current='page']"));
        Assert.StartsWith("Comptes du personnel", page.QuerySelector("#comptes caption")?.TextContent.Trim(), StringComparison.Ordinal);
        var me = AccountSteps.RowOf(page, PortalFactory.AdminEmail);
        Assert.Contains("Administrateur", me.TextContent, StringComparison.Ordinal);
        Assert.Contains("Actif", me.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_changes_show_in_the_journal_and_the_dashboard_of_administrators_only()
    {
        const string account = "compte.discret@occitanie.gouv.fr";
        const string editorEmail = "redacteur.curieux@occitanie.gouv.fr";
        await AccountSteps.CreateEditorAsync(portal, editorEmail);
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Revisions.Add(new Revision
            {
                EntityType = "Account",
                EntityId = Guid.NewGuid(),
                EntityKey = account,
                Action = RevisionAction.Updated,
                Snapshot = "{}",
                Author = "chef.comptes@occitanie.gouv.fr",
                CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        using var editor = await StaffBrowser.SignInAsync(portal, editorEmail, AccountSteps.EditorPassword);
        using var administrator = await StaffBrowser.SignInAsync(portal);

        static string Text(IHtmlDocument page) => page.QuerySelector("main")!.TextContent;
        foreach (var url in new[] { "/admin/journal", "/admin/journal?type=comptes", $"/admin/journal?q={account}", "/admin" })
        {
            Assert.DoesNotContain(account, Text(await editor.GetAsync(url)), StringComparison.Ordinal);
            Assert.Contains(account, Text(await administrator.GetAsync(url)), StringComparison.Ordinal);
        }
        var journal = await editor.GetAsync("/admin/journal");
        Assert.DoesNotContain("chef.comptes@occitanie.gouv.fr", Text(journal), StringComparison.Ordinal);
        Assert.Null(journal.QuerySelector("#filtre-type option[value='comptes']"));
        Assert.NotNull((await administrator.GetAsync("/admin/journal")).QuerySelector("#filtre-type option[value='comptes']"));
    }
}
