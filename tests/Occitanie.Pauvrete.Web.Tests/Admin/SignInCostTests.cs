using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Account;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// « Same answer and same time » for a wrong password, an unknown account and a disabled one
/// (decision 0014), without measuring time: the time of a refusal is its password hash (210,000
/// PBKDF2 rounds, a fifth of a second; the rest is a query or two), so each refusal must check
/// exactly one hash, which Identity skips for an unknown or disabled account.
/// </summary>
public sealed class SignInCostTests(SignInCostTests.HashCountingPortal portal) : IClassFixture<SignInCostTests.HashCountingPortal>
{
    [Fact]
    public async Task Every_refusal_checks_one_password_hash_and_reads_the_same()
    {
        const string disabled = "cout.desactive@occitanie.gouv.fr";
        await AccountSteps.CreateEditorAsync(portal, disabled);
        using (var administrator = await StaffBrowser.SignInAsync(portal))
        {
            var row = AccountSteps.RowOf(await administrator.GetAsync("/admin/comptes"), disabled);
            await administrator.SubmitAsync(await administrator.ConfirmationFormAsync(row, "/desactiver"));
        }

        foreach (var (email, password) in new[]
        {
            (PortalFactory.AdminEmail, "Mauvais-mot-de-passe-1"),
            ("personne.inconnue@occitanie.gouv.fr", "Mauvais-mot-de-passe-1"),
            (disabled, AccountSteps.EditorPassword),
        })
        {
            using var browser = StaffBrowser.Anonymous(portal);
            var before = portal.Verifications;
            var page = await browser.SignInWithAsync(email, password);

            Assert.Equal(AccountController.RefusedMessage, page.QuerySelector(".fr-alert--error")?.TextContent.Trim());
            Assert.True(portal.Verifications - before == 1, $"{email}: {portal.Verifications - before} password hashes checked");
        }
    }

    /// <summary>The portal with a password hasher that counts the hashes it checks.</summary>
    public sealed class HashCountingPortal : PortalFactory
    {
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.AddScoped<IPasswordHasher<IdentityUser>>(s => new CountingHasher(s.GetRequiredService<IOptions<PasswordHasherOptions>>(), this)));
        }

        private sealed class CountingHasher(IOptions<PasswordHasherOptions> options, HashCountingPortal portal) : PasswordHasher<IdentityUser>(options)
        {
            public override PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
            {
                Interlocked.Increment(ref portal._verifications);
                return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
            }
        }
    }
}
