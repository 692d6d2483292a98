using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

public sealed class AccountCreationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_administrator_creates_a_redacteur_who_chooses_a_password_from_the_link_and_signs_in()
    {
        const string email = "nouvelle.redactrice@occitanie.gouv.fr";
        using var administrator = await StaffBrowser.SignInAsync(portal);

        var created = await AccountSteps.CreateAccountAsync(administrator, email, "Rédacteur");
        Assert.Equal("Compte créé", created.QuerySelector("h1")?.TextContent.Trim());
        var link = AccountSteps.LinkOn(created);
        Assert.StartsWith("/admin/mot-de-passe/nouveau?compte=", link, StringComparison.Ordinal);
        Assert.Contains("&jeton=", link, StringComparison.Ordinal);

        var list = await administrator.GetAsync("/admin/comptes");
        var row = AccountSteps.RowOf(list, email);
        Assert.Contains("Rédacteur", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("En attente du mot de passe", row.TextContent, StringComparison.Ordinal);

        var done = await AccountSteps.ChoosePasswordAsync(portal, link, "Un-mot-de-passe-tout-neuf-7");
        Assert.Contains("Votre mot de passe est enregistré", done.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(done.QuerySelector("a[href='/admin/connexion']"));

        using var editor = await StaffBrowser.SignInAsync(portal, email, "Un-mot-de-passe-tout-neuf-7");
        var dashboard = await editor.GetAsync("/admin");
        Assert.Equal("Tableau de bord", dashboard.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Actif", AccountSteps.RowOf(await administrator.GetAsync("/admin/comptes"), email).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_creation_is_in_the_journal_without_any_secret()
    {
        const string email = "journal.redacteur@occitanie.gouv.fr";
        using var administrator = await StaffBrowser.SignInAsync(portal);

        AccountSteps.LinkOn(await AccountSteps.CreateAccountAsync(administrator, email, "Rédacteur"));

        var revision = await portal.ReadAsync(db => db.Revisions.AsNoTracking().SingleAsync(r => r.EntityType == "Account" && r.EntityKey == email));
        var account = await portal.ReadAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.Equal(RevisionAction.Created, revision.Action);
        Assert.Equal(Guid.Parse(account.Id), revision.EntityId);
        Assert.Equal(PortalFactory.AdminEmail, revision.Author);
        using var snapshot = JsonDocument.Parse(revision.Snapshot);
        Assert.Equal(email, snapshot.RootElement.GetProperty("Email").GetString());
        Assert.Equal("Rédacteur", snapshot.RootElement.GetProperty("Role").GetString());
        Assert.False(snapshot.RootElement.GetProperty("Disabled").GetBoolean());
        Assert.Equal(["Email", "Role", "Disabled"], snapshot.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain(account.SecurityStamp!, revision.Snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_already_used_is_refused_in_french_next_to_the_field()
    {
        using var administrator = await StaffBrowser.SignInAsync(portal);

        var page = await AccountSteps.CreateAccountAsync(administrator, PortalFactory.AdminEmail, "Rédacteur");

        var input = page.QuerySelector("#Email")!;
        Assert.Equal("email-error", input.GetAttribute("aria-describedby"));
        Assert.Contains("Un compte existe déjà", page.QuerySelector("#email-error")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#lien"));
    }
}
