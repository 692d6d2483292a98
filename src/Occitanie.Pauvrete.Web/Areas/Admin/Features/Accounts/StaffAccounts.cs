using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Accounts;

/// <summary>
/// What administrators do to staff accounts: list, create without a password, change the role,
/// disable and enable, issue a password link. Nobody receives mail: the administrator hands the
/// link over. Every change is a <see cref="Revision"/> of type <see cref="EntityType"/>, so the
/// journal shows who did what to whom; a snapshot never holds a hash or a token.
/// </summary>
public sealed class StaffAccounts(UserManager<IdentityUser> users, PortalDbContext db, SecurityLog security)
{
    public const string EntityType = "Account";

    /// <summary>The path of the page where a link's holder chooses a password.</summary>
    public const string NewPasswordPath = "/admin/mot-de-passe/nouveau";

    public static readonly IReadOnlyList<string> Roles = [AdminAccounts.AdministratorRole, AdminAccounts.EditorRole];

    /// <summary>Every account, by address, with its role, state and last recorded change.</summary>
    public async Task<IReadOnlyList<AccountRow>> ListAsync()
    {
        var accounts = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.LockoutEnd,
                HasPassword = u.PasswordHash != null,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
                    .OrderBy(name => name)
                    .FirstOrDefault(),
            })
            .ToListAsync();
        var lastChanges = await db.Revisions.AsNoTracking()
            .Where(r => r.EntityType == EntityType)
            .GroupBy(r => r.EntityId)
            .Select(g => new { g.Key, Last = g.Max(r => r.CreatedAt) })
            .ToDictionaryAsync(g => g.Key, g => g.Last);
        var now = DateTimeOffset.UtcNow;
        return accounts
            .Select(a => new AccountRow(
                a.Id,
                a.Email ?? "",
                a.Role ?? "",
                StateOf(a.LockoutEnd, a.HasPassword, now),
                Guid.TryParse(a.Id, out var id) && lastChanges.TryGetValue(id, out var last) ? last : null))
            .ToList();
    }

    /// <summary>Creates an account without a password and returns the link that lets its owner choose one.</summary>
    public async Task<AccountOutcome> CreateAsync(string email, string role, ClaimsPrincipal administrator)
    {
        if (!Roles.Contains(role, StringComparer.Ordinal))
        {
            return AccountOutcome.Refused("Choisissez le rôle Administrateur ou Rédacteur.");
        }
        email = email.Trim();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            // The address is also the user name: a taken one fails twice, once is enough to say so.
            return AccountOutcome.Refused(created.Errors.First().Description);
        }
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            return AccountOutcome.Refused(AdminAccounts.Describe(added));
        }
        var author = await AuthorAsync(administrator);
        await RecordAsync(user, role, RevisionAction.Created, author);
        security.PasswordLinkIssued(user.Email!, author);
        return AccountOutcome.Done(user.Email!, await PasswordLinkAsync(user));
    }

    public async Task<AccountOutcome> ChangeRoleAsync(string id, string role, ClaimsPrincipal administrator)
    {
        if (!Roles.Contains(role, StringComparer.Ordinal))
        {
            return AccountOutcome.Refused("Choisissez le rôle Administrateur ou Rédacteur.");
        }
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountOutcome.Refused("Ce compte n'existe pas.");
        }
        var current = await RoleOfAsync(user);
        if (current == role)
        {
            return AccountOutcome.Done(user.Email!);
        }
        if (current == AdminAccounts.AdministratorRole)
        {
            if (user.Id == users.GetUserId(administrator))
            {
                return AccountOutcome.Refused("Vous ne pouvez pas retirer le rôle Administrateur à votre propre compte.");
            }
            if (await IsLastActiveAdministratorAsync(user))
            {
                return AccountOutcome.Refused("C'est le dernier administrateur actif : le portail doit en garder au moins un.");
            }
        }
        var others = (await users.GetRolesAsync(user)).ToList();
        if (others.Count > 0)
        {
            var removed = await users.RemoveFromRolesAsync(user, others);
            if (!removed.Succeeded)
            {
                return AccountOutcome.Refused(AdminAccounts.Describe(removed));
            }
        }
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            return AccountOutcome.Refused(AdminAccounts.Describe(added));
        }
        // No new stamp: the open session stays open, and takes its new rights at its next request
        // (the principal is rebuilt from the account at every request, see AdminSetup).
        await RecordAsync(user, role, RevisionAction.Updated, await AuthorAsync(administrator));
        return AccountOutcome.Done(user.Email!);
    }

    /// <summary>Disables an account for good (until enabled again) and ends its open session.</summary>
    public async Task<AccountOutcome> DisableAsync(string id, ClaimsPrincipal administrator)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountOutcome.Refused("Ce compte n'existe pas.");
        }
        if (user.Id == users.GetUserId(administrator))
        {
            return AccountOutcome.Refused("Vous ne pouvez pas désactiver votre propre compte.");
        }
        var role = await RoleOfAsync(user);
        if (role == AdminAccounts.AdministratorRole && await IsLastActiveAdministratorAsync(user))
        {
            return AccountOutcome.Refused("C'est le dernier administrateur actif : le portail doit en garder au moins un.");
        }
        if (IsDisabled(user.LockoutEnd))
        {
            return AccountOutcome.Done(user.Email!);
        }
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        // A new stamp: the session open with the old one ends at its next request, and every link issued before dies.
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
        {
            return AccountOutcome.Refused(AdminAccounts.Describe(updated));
        }
        await RecordAsync(user, role, RevisionAction.Updated, await AuthorAsync(administrator));
        return AccountOutcome.Done(user.Email!);
    }

    /// <summary>Enables a disabled (or locked) account; its password, if any, is the one it had.</summary>
    public async Task<AccountOutcome> EnableAsync(string id, ClaimsPrincipal administrator)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountOutcome.Refused("Ce compte n'existe pas.");
        }
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return AccountOutcome.Refused(AdminAccounts.Describe(updated));
        }
        await RecordAsync(user, await RoleOfAsync(user), RevisionAction.Updated, await AuthorAsync(administrator));
        return AccountOutcome.Done(user.Email!);
    }

    /// <summary>
    /// A new link to choose a password. The stamp changes first, so the links issued before and
    /// the open session (a password that leaked) stop working.
    /// </summary>
    public async Task<AccountOutcome> IssuePasswordLinkAsync(string id, ClaimsPrincipal administrator)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountOutcome.Refused("Ce compte n'existe pas.");
        }
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
        {
            return AccountOutcome.Refused(AdminAccounts.Describe(updated));
        }
        var author = await AuthorAsync(administrator);
        await RecordAsync(user, await RoleOfAsync(user), RevisionAction.Updated, author);
        security.PasswordLinkIssued(user.Email!, author);
        return AccountOutcome.Done(user.Email!, await PasswordLinkAsync(user));
    }

    /// <summary>The account a link names, when the link is still good; null otherwise.</summary>
    public async Task<IdentityUser?> HolderOfLinkAsync(string? id, string? token)
    {
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(token))
        {
            return null;
        }
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }
        var valid = await users.VerifyUserTokenAsync(
            user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<IdentityUser>.ResetPasswordTokenPurpose, token);
        return valid ? user : null;
    }

    /// <summary>Sets the password a link's holder chose; the link is then spent (the reset changes the stamp).</summary>
    public async Task<IdentityResult> SetPasswordAsync(IdentityUser user, string token, string password)
    {
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            // Failed tries made before the reset no longer count against the new password; a disabled account stays disabled.
            await users.ResetAccessFailedCountAsync(user);
            if (user.LockoutEnd is not null && !IsDisabled(user.LockoutEnd))
            {
                await users.SetLockoutEndDateAsync(user, null);
            }
            await RecordAsync(user, await RoleOfAsync(user), RevisionAction.Updated, user.Email ?? user.Id);
            security.PasswordLinkUsed(user.Email ?? user.Id);
        }
        return result;
    }

    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd is { Year: >= 9999 };

    private static AccountState StateOf(DateTimeOffset? lockoutEnd, bool hasPassword, DateTimeOffset now) =>
        IsDisabled(lockoutEnd) ? AccountState.Disabled
        : lockoutEnd > now ? AccountState.Locked
        : hasPassword ? AccountState.Active
        : AccountState.Pending;

    private async Task<string> PasswordLinkAsync(IdentityUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{NewPasswordPath}?compte={Uri.EscapeDataString(user.Id)}&jeton={Uri.EscapeDataString(token)}";
    }

    private async Task<string> RoleOfAsync(IdentityUser user) =>
        (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).FirstOrDefault() ?? "";

    private async Task<bool> IsLastActiveAdministratorAsync(IdentityUser user) =>
        !(await users.GetUsersInRoleAsync(AdminAccounts.AdministratorRole))
            .Any(a => a.Id != user.Id && !IsDisabled(a.LockoutEnd));

    private async Task<string> AuthorAsync(ClaimsPrincipal administrator) =>
        (await users.GetUserAsync(administrator))?.Email ?? users.GetUserName(administrator) ?? "";

    private static readonly JsonSerializerOptions _snapshotJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private async Task RecordAsync(IdentityUser user, string role, RevisionAction action, string author)
    {
        db.Revisions.Add(new Revision
        {
            EntityType = EntityType,
            EntityId = Guid.Parse(user.Id),
            EntityKey = user.Email ?? "",
            Action = action,
            // What an account is, as the journal shows it: never its password hash, stamp or a token.
            Snapshot = JsonSerializer.Serialize(new AccountSnapshot(user.Email ?? "", role, IsDisabled(user.LockoutEnd)), _snapshotJson),
            Author = author,
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        var disabled = IsDisabled(user.LockoutEnd);
        security.AccountChanged(user.Email ?? user.Id, action == RevisionAction.Created ? "created" : "changed", author, role, disabled);
    }

    private sealed record AccountSnapshot(string Email, string Role, bool Disabled);
}

public enum AccountState
{
    Active,

    /// <summary>Created, its owner has not chosen a password yet.</summary>
    Pending,

    /// <summary>Too many wrong passwords: locked for a while.</summary>
    Locked,

    Disabled,
}

public sealed record AccountRow(string Id, string Email, string Role, AccountState State, DateTime? LastChange);

/// <summary>What an administrator's action gave: an error to show, or the account (and the link to hand over, if any).</summary>
public sealed record AccountOutcome(string? Error, string Email, string? Link)
{
    public bool Succeeded => Error is null;

    public static AccountOutcome Refused(string error) => new(error, "", null);

    public static AccountOutcome Done(string email, string? link = null) => new(null, email, link);
}
