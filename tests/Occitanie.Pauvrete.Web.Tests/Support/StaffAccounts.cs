using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Occitanie.Pauvrete.Web.Tests.Support;

public static class StaffAccounts
{
    public const string Password = "Mot-de-passe-redaction-7";

    /// <summary>An account with <paramref name="role"/> and <see cref="Password"/>, as an administrator would create it.</summary>
    public static async Task CreateStaffAsync(this PortalFactory portal, string email, string role)
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }
}
