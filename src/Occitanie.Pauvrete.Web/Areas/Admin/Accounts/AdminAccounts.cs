using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Accounts;

/// <summary>Section <c>Admin</c>.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>With <see cref="BootstrapPassword"/>: the first administrator, created at start-up when none exists.</summary>
    public string? BootstrapEmail { get; set; }

    /// <summary>Its password (12 characters at least, with upper and lower case, a digit and a symbol).</summary>
    public string? BootstrapPassword { get; set; }
}

/// <summary>The staff roles, and the creation of administrators (at start-up or from the command line).</summary>
public sealed partial class AdminAccounts(
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<AdminOptions> options,
    ILogger<AdminAccounts> logger)
{
    public const string AdministratorRole = "Administrateur";
    public const string EditorRole = "Rédacteur";

    public async Task EnsureRolesAsync()
    {
        foreach (var role in new[] { AdministratorRole, EditorRole })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
    }

    /// <summary>Creates the administrator of <c>Admin:BootstrapEmail</c> when both keys are set and no administrator exists.</summary>
    public async Task BootstrapAsync()
    {
        await EnsureRolesAsync();
        var (email, password) = (options.Value.BootstrapEmail, options.Value.BootstrapPassword);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            return;
        }
        if ((await users.GetUsersInRoleAsync(AdministratorRole)).Count > 0)
        {
            return;
        }
        var result = await CreateAdministratorAsync(email, password);
        if (!result.Succeeded)
        {
            // Loud: an operator who set the keys expects an administrator.
            throw new InvalidOperationException($"Admin:BootstrapEmail: the administrator {email} could not be created: {Describe(result)}");
        }
        LogBootstrapped(logger, email);
    }

    /// <summary>Creates an administrator, or gives the role to an existing account (its password is left as it is).</summary>
    public async Task<IdentityResult> CreateAdministratorAsync(string email, string password)
    {
        await EnsureRolesAsync();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return created;
            }
        }
        return await users.IsInRoleAsync(user, AdministratorRole)
            ? IdentityResult.Success
            : await users.AddToRoleAsync(user, AdministratorRole);
    }

    public static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    [LoggerMessage(Level = LogLevel.Information, Message = "Administrator {Email} created from Admin:BootstrapEmail")]
    private static partial void LogBootstrapped(ILogger logger, string email);

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {Describe(result)}");
        }
    }
}
