using System.Net;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

public sealed class RoleChangeTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_redacteur_made_administrator_reaches_the_accounts_in_the_session_already_open()
    {
        const string email = "promu@occitanie.gouv.fr";
        await AccountSteps.CreateEditorAsync(portal, email);
        using var editor = await StaffBrowser.SignInAsync(portal, email, AccountSteps.EditorPassword);
        using (var before = await editor.Http.GetAsync(new Uri("/admin/comptes", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        }
        using var administrator = await StaffBrowser.SignInAsync(portal);

        var form = AccountSteps.FormOf(AccountSteps.RowOf(await administrator.GetAsync("/admin/comptes"), email), "/role");
        StaffBrowser.Fill(form, new() { ["role"] = "Administrateur" });
        var after = await administrator.SubmitAsync(form);

        Assert.Contains($"Le compte {email} a désormais le rôle Administrateur.", after.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Administrateur", AccountSteps.RowOf(after, email).QuerySelector("td")?.TextContent, StringComparison.Ordinal);
        var accounts = await editor.GetAsync("/admin/comptes");
        Assert.Equal("Comptes", accounts.QuerySelector("h1")?.TextContent.Trim());
        var revision = await portal.ReadAsync(db => db.Revisions.AsNoTracking()
            .Where(r => r.EntityType == "Account" && r.EntityKey == email).OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(RevisionAction.Updated, revision.Action);
        Assert.Contains("\"Role\":\"Administrateur\"", revision.Snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_made_redacteur_loses_the_accounts_in_the_session_already_open()
    {
        const string email = "retrograde@occitanie.gouv.fr";
        using var administrator = await StaffBrowser.SignInAsync(portal);
        var link = AccountSteps.LinkOn(await AccountSteps.CreateAccountAsync(administrator, email, "Administrateur"));
        await AccountSteps.ChoosePasswordAsync(portal, link, "Administrateur-provisoire-1!");
        using var demoted = await StaffBrowser.SignInAsync(portal, email, "Administrateur-provisoire-1!");
        Assert.Equal("Comptes", (await demoted.GetAsync("/admin/comptes")).QuerySelector("h1")?.TextContent.Trim());

        var form = AccountSteps.FormOf(AccountSteps.RowOf(await administrator.GetAsync("/admin/comptes"), email), "/role");
        StaffBrowser.Fill(form, new() { ["role"] = "Rédacteur" });
        await administrator.SubmitAsync(form);

        using var response = await demoted.Http.GetAsync(new Uri("/admin/comptes", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Tableau de bord", (await demoted.GetAsync("/admin")).QuerySelector("h1")?.TextContent.Trim());
    }
}
