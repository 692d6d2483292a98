using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

public sealed class PasswordResetLinkTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_reset_link_sets_a_new_password_the_old_one_stops_working_and_the_link_serves_once()
    {
        const string email = "oublieux@occitanie.gouv.fr";
        const string newPassword = "Nouveau-mot-de-passe-2025?";
        await AccountSteps.CreateEditorAsync(portal, email);
        using var administrator = await StaffBrowser.SignInAsync(portal);

        var link = await AccountSteps.IssueResetLinkAsync(administrator, email);
        var done = await AccountSteps.ChoosePasswordAsync(portal, link, newPassword);
        Assert.Contains("Votre mot de passe est enregistré", done.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);

        using var withOld = StaffBrowser.Anonymous(portal);
        var refused = await withOld.SignInWithAsync(email, AccountSteps.EditorPassword);
        Assert.False(AccountSteps.IsSignedIn(refused));
        Assert.Equal(Occitanie.Pauvrete.Web.Areas.Admin.Features.Account.AccountController.RefusedMessage, refused.QuerySelector(".fr-alert--error")?.TextContent.Trim());

        using var withNew = await StaffBrowser.SignInAsync(portal, email, newPassword);
        Assert.True(AccountSteps.IsSignedIn(await withNew.GetAsync("/admin")));

        using var reuse = StaffBrowser.Anonymous(portal);
        var spent = await reuse.GetAsync(link);
        Assert.Contains("Ce lien n'est pas valable", spent.QuerySelector(".fr-alert--error")?.TextContent, StringComparison.Ordinal);
        Assert.Null(spent.QuerySelector("input[name='Password']"));
    }

    [Fact]
    public async Task A_new_link_replaces_the_one_given_before()
    {
        const string email = "deux.liens@occitanie.gouv.fr";
        await AccountSteps.CreateEditorAsync(portal, email);
        using var administrator = await StaffBrowser.SignInAsync(portal);

        var first = await AccountSteps.IssueResetLinkAsync(administrator, email);
        var second = await AccountSteps.IssueResetLinkAsync(administrator, email);

        using var browser = StaffBrowser.Anonymous(portal);
        Assert.Contains("Ce lien n'est pas valable", (await browser.GetAsync(first)).QuerySelector(".fr-alert--error")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await browser.GetAsync(second)).QuerySelector("input[name='Password']"));
    }
}
