using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// The passwords an attacker tries first are refused when a link's holder chooses one, with the
/// reason in French; the link's token leaves the address bar at its first visit.
/// </summary>
public sealed class PasswordStrengthTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("Password123!", WeakPasswordValidator.CommonMessage)]
    [InlineData("Azerty2024!!", WeakPasswordValidator.CommonMessage)]
    [InlineData("Motdepasse-1!", WeakPasswordValidator.CommonMessage)]
    [InlineData("P@ssw0rd-2024", WeakPasswordValidator.CommonMessage)]
    [InlineData("Beaucoup-Lheureux-7", WeakPasswordValidator.PersonalMessage)]
    [InlineData("Occitanie-2024-solide", WeakPasswordValidator.PersonalMessage)]
    public async Task A_common_or_personal_password_is_refused_with_its_reason(string password, string reason)
    {
        const string email = "lea.lheureux@occitanie.gouv.fr";
        using var administrator = await StaffBrowser.SignInAsync(portal);
        if (!(await administrator.GetAsync("/admin/comptes")).QuerySelectorAll("td").Any(td => td.TextContent.Contains(email, StringComparison.Ordinal)))
        {
            await AccountSteps.CreateAccountAsync(administrator, email, AdminAccounts.EditorRole);
        }
        var link = await AccountSteps.IssueResetLinkAsync(administrator, email);

        var refused = await AccountSteps.ChoosePasswordAsync(portal, link, password);

        Assert.Contains(reason, refused.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.False(AccountSteps.IsSignedIn(refused));
    }

    [Fact]
    public async Task A_password_link_leaves_the_address_at_its_first_visit_and_still_works()
    {
        const string email = "nadia.ferrand@occitanie.gouv.fr";
        using var administrator = await StaffBrowser.SignInAsync(portal);
        var link = AccountSteps.LinkOn(await AccountSteps.CreateAccountAsync(administrator, email, AdminAccounts.EditorRole));
        using var owner = StaffBrowser.Anonymous(portal);

        var page = await owner.GetAsync(link);
        var form = page.Forms.Single(f => f.Action.EndsWith("/admin/mot-de-passe/nouveau", StringComparison.Ordinal));
        StaffBrowser.Fill(form, new() { ["Password"] = "Tisane-de-verveine-9", ["Confirmation"] = "Tisane-de-verveine-9" });
        var done = await owner.SubmitAsync(form);

        Assert.Equal("/admin/mot-de-passe/nouveau", page.Location.PathName);
        Assert.Equal("", page.Location.Search);
        Assert.Contains("Votre mot de passe est enregistré", done.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(AccountSteps.IsSignedIn(await owner.SignInWithAsync(email, "Tisane-de-verveine-9")));
    }
}
