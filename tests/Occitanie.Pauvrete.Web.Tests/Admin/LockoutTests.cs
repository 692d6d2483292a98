using System.Net;
using Microsoft.Extensions.Logging;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Account;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// Failed sign-ins slow down the client that makes them, never the account's owner (decision
/// 0014), and every refusal reads the same whatever the account.
/// </summary>
public sealed class LockoutTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Fifty_wrong_passwords_from_one_client_lock_nobody_out()
    {
        const string email = "visee@occitanie.gouv.fr";
        await AccountSteps.CreateEditorAsync(portal, email);
        using var attacker = StaffBrowser.Anonymous(portal);
        var login = await attacker.GetAsync("/admin/connexion");
        var form = login.Forms.Single(f => f.Action.EndsWith("/admin/connexion", StringComparison.Ordinal));
        StaffBrowser.Fill(form, new() { ["Email"] = email, ["Password"] = "Mauvais-mot-de-passe-1" });

        for (var attempt = 1; attempt <= 50; attempt++)
        {
            using var refused = await attacker.SendAsync(form);
            Assert.True(refused.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"{attempt}: {refused.StatusCode}");
        }
        using var owner = StaffBrowser.Anonymous(portal);
        var signedIn = await owner.SignInWithAsync(email, AccountSteps.EditorPassword);
        using var administrator = await StaffBrowser.SignInAsync(portal);
        var dashboard = await administrator.GetAsync("/admin");

        Assert.True(AccountSteps.IsSignedIn(signedIn));
        Assert.Contains(email, dashboard.QuerySelector("#essais-infructueux")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_that_fails_five_times_must_wait_even_with_the_right_password()
    {
        const string email = "distrait@occitanie.gouv.fr";
        await AccountSteps.CreateEditorAsync(portal, email);
        using var browser = StaffBrowser.Anonymous(portal);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var page = await browser.SignInWithAsync(email, $"Mauvais-mot-de-passe-{attempt}");
            Assert.Equal(AccountController.RefusedMessage, page.QuerySelector(".fr-alert--error")?.TextContent.Trim());
        }
        var fifth = await browser.SignInWithAsync(email, "Mauvais-mot-de-passe-5");
        var waiting = await browser.SignInWithAsync(email, AccountSteps.EditorPassword);

        Assert.Contains("Trop d'essais infructueux depuis ce poste\u00A0: réessayez dans une minute.", fifth.QuerySelector(".fr-alert--error")?.TextContent, StringComparison.Ordinal);
        Assert.False(AccountSteps.IsSignedIn(waiting));
        Assert.StartsWith("Trop d'essais infructueux depuis ce poste", waiting.QuerySelector(".fr-alert--error")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(portal.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("Sign-in tries on", StringComparison.Ordinal) && e.Message.Contains(email, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_password_an_unknown_account_and_a_disabled_one_get_the_same_answer()
    {
        const string disabled = "partie@occitanie.gouv.fr";
        await AccountSteps.CreateEditorAsync(portal, disabled);
        using (var administrator = await StaffBrowser.SignInAsync(portal))
        {
            var row = AccountSteps.RowOf(await administrator.GetAsync("/admin/comptes"), disabled);
            await administrator.SubmitAsync(await administrator.ConfirmationFormAsync(row, "/desactiver"));
        }

        var answers = new List<string?>();
        foreach (var (email, password) in new[]
        {
            (PortalFactory.AdminEmail, "Mauvais-mot-de-passe-1"),
            ("personne@occitanie.gouv.fr", "Mauvais-mot-de-passe-1"),
            (disabled, AccountSteps.EditorPassword),
        })
        {
            using var browser = StaffBrowser.Anonymous(portal);
            var page = await browser.SignInWithAsync(email, password);
            answers.Add(page.QuerySelector(".fr-alert--error")?.TextContent.Trim());
        }

        Assert.All(answers, a => Assert.Equal(AccountController.RefusedMessage, a));
    }
}
