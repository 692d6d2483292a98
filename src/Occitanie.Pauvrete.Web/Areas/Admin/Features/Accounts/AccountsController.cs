using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Startup;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Accounts;

public sealed class NewAccountForm
{
    [Required(ErrorMessage = "Saisissez l'adresse électronique de la personne.")]
    [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide, par exemple nom@occitanie.gouv.fr.")]
    [MaxLength(256, ErrorMessage = "L'adresse électronique compte au plus 256 caractères.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choisissez un rôle.")]
    public string Role { get; set; } = AdminAccounts.EditorRole;
}

public sealed record AccountsPage(IReadOnlyList<AccountRow> Accounts, string CurrentUserId, NewAccountForm Form);

/// <summary>The link to hand over, shown once: it is neither stored nor sent anywhere.</summary>
public sealed record IssuedLink(string Email, string Address, bool IsNewAccount);

/// <summary>Staff accounts, for administrators only.</summary>
[Area("Admin")]
[Authorize(Policy = AdminSetup.AdministratorPolicy)]
public sealed class AccountsController(StaffAccounts accounts, UserManager<IdentityUser> users) : Controller
{
    [HttpGet("/admin/comptes")]
    public async Task<IActionResult> Index() => await ListAsync(new NewAccountForm());

    [HttpPost("/admin/comptes")]
    public async Task<IActionResult> Create(NewAccountForm form)
    {
        if (!ModelState.IsValid)
        {
            return await ListAsync(form);
        }
        var outcome = await accounts.CreateAsync(form.Email, form.Role, User);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError(nameof(NewAccountForm.Email), outcome.Error!);
            return await ListAsync(form);
        }
        return LinkPage(outcome, isNewAccount: true);
    }

    [HttpPost("/admin/comptes/{id}/role")]
    public async Task<IActionResult> ChangeRole(string id, string role) =>
        Back(await accounts.ChangeRoleAsync(id, role, User), email => $"Le compte {email} a désormais le rôle {role}.");

    [HttpPost("/admin/comptes/{id}/desactiver")]
    public async Task<IActionResult> Disable(string id) =>
        Back(await accounts.DisableAsync(id, User), email => $"Le compte {email} est désactivé : il ne peut plus se connecter.");

    [HttpPost("/admin/comptes/{id}/reactiver")]
    public async Task<IActionResult> Enable(string id) =>
        Back(await accounts.EnableAsync(id, User), email => $"Le compte {email} est réactivé.");

    [HttpPost("/admin/comptes/{id}/lien")]
    public async Task<IActionResult> IssueLink(string id)
    {
        var outcome = await accounts.IssuePasswordLinkAsync(id, User);
        return outcome.Succeeded ? LinkPage(outcome, isNewAccount: false) : Back(outcome, _ => "");
    }

    private async Task<IActionResult> ListAsync(NewAccountForm form) =>
        View("Index", new AccountsPage(await accounts.ListAsync(), users.GetUserId(User) ?? "", form));

    private ViewResult LinkPage(AccountOutcome outcome, bool isNewAccount)
    {
        return View("Link", new IssuedLink(outcome.Email, SiteAddress.Of(Request).For(outcome.Link!), isNewAccount));
    }

    private RedirectResult Back(AccountOutcome outcome, Func<string, string> success)
    {
        if (outcome.Succeeded)
        {
            TempData["Success"] = success(outcome.Email);
        }
        else
        {
            TempData["Error"] = outcome.Error;
        }
        return Redirect("/admin/comptes");
    }
}
