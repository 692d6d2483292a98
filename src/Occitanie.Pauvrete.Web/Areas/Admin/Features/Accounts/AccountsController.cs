using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
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

    [HttpGet("/admin/comptes/{id}/desactiver")]
    public async Task<IActionResult> ConfirmDisable(string id) =>
        await RowAsync(id) is { } account && !IsSelf(account)
            ? View(ConfirmationPage.View, new ConfirmationPage(
                Question: $"Désactiver le compte {account.Email} ?",
                Consequences:
                [
                    $"{account.Email} ne pourra plus se connecter ; sa session ouverte, s'il en a une, est fermée aussitôt.",
                    "Ce que ce compte a fait reste dans l'historique et le journal.",
                    "Le compte pourra être réactivé depuis cette liste ; son mot de passe sera alors celui qu'il avait.",
                ],
                Action: $"/admin/comptes/{id}/desactiver",
                ConfirmLabel: "Désactiver le compte",
                CancelPath: "/admin/comptes",
                Breadcrumb: Crumbs("Désactiver un compte")))
            : NotFound();

    [HttpPost("/admin/comptes/{id}/desactiver")]
    public async Task<IActionResult> Disable(string id) =>
        Back(await accounts.DisableAsync(id, User), email => $"Le compte {email} est désactivé : il ne peut plus se connecter.");

    [HttpPost("/admin/comptes/{id}/reactiver")]
    public async Task<IActionResult> Enable(string id) =>
        Back(await accounts.EnableAsync(id, User), email => $"Le compte {email} est réactivé.");

    /// <summary>Asks first: the link ends the account's session, which signs the administrator out when it is their own.</summary>
    [HttpGet("/admin/comptes/{id}/lien")]
    public async Task<IActionResult> ConfirmIssueLink(string id)
    {
        if (await RowAsync(id) is not { } account)
        {
            return NotFound();
        }
        List<string> consequences = IsSelf(account)
            ?
            [
                "C'est votre propre compte : votre session sera fermée dès la page suivante et vous devrez vous reconnecter.",
                "Copiez le lien affiché avant de quitter la page : il permet de choisir un nouveau mot de passe. Votre mot de passe actuel reste valable tant que vous n'en choisissez pas un autre.",
                "Les liens donnés auparavant pour ce compte ne fonctionnent plus.",
            ]
            :
            [
                $"Les liens donnés auparavant à {account.Email} ne fonctionnent plus et sa session ouverte, s'il en a une, est fermée.",
                "Le nouveau lien s'affiche une seule fois, valable 24 heures : transmettez-le par un moyen sûr.",
                "Son mot de passe actuel reste valable tant qu'il n'en choisit pas un autre.",
            ];
        return View(ConfirmationPage.View, new ConfirmationPage(
            Question: IsSelf(account) ? "Générer un lien de réinitialisation pour votre propre compte ?" : $"Générer un lien de réinitialisation pour {account.Email} ?",
            Consequences: consequences,
            Action: $"/admin/comptes/{id}/lien",
            ConfirmLabel: "Générer le lien",
            CancelPath: "/admin/comptes",
            Breadcrumb: Crumbs("Générer un lien de réinitialisation")));
    }

    [HttpPost("/admin/comptes/{id}/lien")]
    public async Task<IActionResult> IssueLink(string id)
    {
        var outcome = await accounts.IssuePasswordLinkAsync(id, User);
        return outcome.Succeeded ? LinkPage(outcome, isNewAccount: false) : Back(outcome, _ => "");
    }

    private async Task<AccountRow?> RowAsync(string id) => (await accounts.ListAsync()).FirstOrDefault(a => a.Id == id);

    private bool IsSelf(AccountRow account) => account.Id == users.GetUserId(User);

    private static IReadOnlyList<Crumb> Crumbs(string page) =>
        [new("Tableau de bord", AdminSetup.AdminPath), new("Comptes", "/admin/comptes"), new(page)];

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
