using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

public sealed class LockoutTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused()
    {
        const string email = "distrait@occitanie.gouv.fr";
        await AccountSteps.CreateEditorAsync(portal, email);
        using var browser = StaffBrowser.Anonymous(portal);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var page = await browser.SignInWithAsync(email, $"Mauvais-mot-de-passe-{attempt}");
            Assert.False(AccountSteps.IsSignedIn(page));
        }
        var locked = await browser.SignInWithAsync(email, AccountSteps.EditorPassword);

        Assert.False(AccountSteps.IsSignedIn(locked));
        Assert.StartsWith("Ce compte est verrouillé après trop d'essais infructueux", locked.QuerySelector(".fr-alert--error")?.TextContent.Trim(), StringComparison.Ordinal);
        using var administrator = await StaffBrowser.SignInAsync(portal);
        Assert.Contains("Verrouillé", AccountSteps.RowOf(await administrator.GetAsync("/admin/comptes"), email).TextContent, StringComparison.Ordinal);
    }
}
