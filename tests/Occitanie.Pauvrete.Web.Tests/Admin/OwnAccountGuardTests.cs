using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>The page offers no such button; these are forged posts, with a valid antiforgery token.</summary>
public sealed class OwnAccountGuardTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_administrator_can_neither_disable_nor_demote_himself()
    {
        await AccountSteps.CreateEditorAsync(portal, "autre.compte@occitanie.gouv.fr");
        var myId = await portal.ReadAsync(db => db.Users.Where(u => u.Email == PortalFactory.AdminEmail).Select(u => u.Id).SingleAsync());
        using var administrator = await StaffBrowser.SignInAsync(portal);
        var list = await administrator.GetAsync("/admin/comptes");
        Assert.Empty(AccountSteps.RowOf(list, PortalFactory.AdminEmail).QuerySelectorAll("a[href$='/desactiver'], form[action$='/role']"));
        var other = AccountSteps.RowOf(list, "autre.compte@occitanie.gouv.fr");

        var disable = await administrator.ConfirmationFormAsync(other, "/desactiver");
        disable.Action = $"/admin/comptes/{myId}/desactiver";
        var refused = await administrator.SubmitAsync(disable);
        Assert.Equal("Vous ne pouvez pas désactiver votre propre compte.", refused.QuerySelector(".fr-alert--error")?.TextContent.Trim());

        var demote = AccountSteps.FormOf(other, "/role");
        demote.Action = $"/admin/comptes/{myId}/role";
        StaffBrowser.Fill(demote, new() { ["role"] = "Rédacteur" });
        refused = await administrator.SubmitAsync(demote);
        Assert.Equal("Vous ne pouvez pas retirer le rôle Administrateur à votre propre compte.", refused.QuerySelector(".fr-alert--error")?.TextContent.Trim());

        var me = AccountSteps.RowOf(refused, PortalFactory.AdminEmail);
        Assert.Contains("Administrateur", me.TextContent, StringComparison.Ordinal);
        Assert.Contains("Actif", me.TextContent, StringComparison.Ordinal);
    }
}
