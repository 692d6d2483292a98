using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

public sealed class DisabledAccountTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_disabled_account_loses_its_session_and_cannot_sign_in_until_enabled_again()
    {
        const string email = "redacteur.desactive@occitanie.gouv.fr";
        await AccountSteps.CreateEditorAsync(portal, email);
        using var editor = await StaffBrowser.SignInAsync(portal, email, AccountSteps.EditorPassword);
        using var administrator = await StaffBrowser.SignInAsync(portal);

        var list = await administrator.GetAsync("/admin/comptes");
        var after = await administrator.SubmitAsync(await administrator.ConfirmationFormAsync(AccountSteps.RowOf(list, email), "/desactiver"));
        Assert.Contains($"Le compte {email} est désactivé", after.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        var row = AccountSteps.RowOf(after, email);
        Assert.Contains("Désactivé", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(AccountSteps.FormOf(row, "/reactiver"));

        var openSession = await editor.GetAsync("/admin");
        Assert.Equal("/admin/connexion", openSession.Location.PathName);

        using var again = StaffBrowser.Anonymous(portal);
        var refused = await again.SignInWithAsync(email, AccountSteps.EditorPassword);
        Assert.False(AccountSteps.IsSignedIn(refused));
        Assert.Equal(Occitanie.Pauvrete.Web.Areas.Admin.Features.Account.AccountController.RefusedMessage, refused.QuerySelector(".fr-alert--error")?.TextContent.Trim());

        await administrator.SubmitAsync(AccountSteps.FormOf(AccountSteps.RowOf(await administrator.GetAsync("/admin/comptes"), email), "/reactiver"));
        using var back = await StaffBrowser.SignInAsync(portal, email, AccountSteps.EditorPassword);
        Assert.True(AccountSteps.IsSignedIn(await back.GetAsync("/admin")));
    }
}
