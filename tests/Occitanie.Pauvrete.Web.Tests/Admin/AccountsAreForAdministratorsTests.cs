using System.Net;
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
}
