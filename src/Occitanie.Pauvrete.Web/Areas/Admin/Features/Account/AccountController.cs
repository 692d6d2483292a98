using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Accounts;
using Occitanie.Pauvrete.Web.Startup;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Account;

public sealed class LoginForm
{
    [Display(Name = "Adresse électronique")]
    [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
    public string Email { get; set; } = "";

    [Display(Name = "Mot de passe")]
    [Required(ErrorMessage = "Saisissez votre mot de passe.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    /// <summary>The admin page asked before the login; only a local address is followed.</summary>
    [FromForm(Name = "Retour")]
    public string? ReturnUrl { get; set; }
}

public sealed class NewPasswordForm
{
    /// <summary>The account's id, from the link.</summary>
    [FromForm(Name = "Compte")]
    public string? AccountId { get; set; }

    /// <summary>The password reset token, from the link.</summary>
    [FromForm(Name = "Jeton")]
    public string? Token { get; set; }

    [Required(ErrorMessage = "Saisissez votre nouveau mot de passe.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Saisissez une seconde fois votre nouveau mot de passe.")]
    [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
    [DataType(DataType.Password)]
    public string Confirmation { get; set; } = "";
}

/// <summary>The new-password page: its form while the link is good, and the rules a password must follow.</summary>
public sealed record NewPasswordPage(NewPasswordForm Form, bool LinkIsValid, bool Done, string Rules);

[Area("Admin")]
public sealed class AccountController(SignInManager<IdentityUser> signIn, StaffAccounts accounts) : Controller
{
    [AllowAnonymous]
    [HttpGet("/admin/connexion")]
    public IActionResult Login([FromQuery(Name = "retour")] string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [EnableRateLimiting(AdminSetup.LoginRateLimit)]
    [HttpPost("/admin/connexion")]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var result = await signIn.PasswordSignInAsync(form.Email.Trim(), form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) && form.ReturnUrl.StartsWith("/admin", StringComparison.Ordinal) ? form.ReturnUrl : "/admin");
        }
        // The same message whether the address exists or not, so the form tells nobody who has an account.
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Ce compte est verrouillé après trop d'essais infructueux, ou a été désactivé. Réessayez dans 15 minutes ou adressez-vous à un administrateur."
            : "Adresse électronique ou mot de passe incorrect.");
        form.Password = "";
        return View(form);
    }

    [HttpPost("/admin/deconnexion")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        TempData["Success"] = "Vous êtes déconnecté.";
        return Redirect("/admin/connexion");
    }

    /// <summary>No mail server: the page says who gives a new link, and names no account.</summary>
    [AllowAnonymous]
    [HttpGet("/admin/mot-de-passe-oublie")]
    public IActionResult ForgotPassword() => View();

    [AllowAnonymous]
    [HttpGet(StaffAccounts.NewPasswordPath)]
    public async Task<IActionResult> NewPassword([FromQuery(Name = "compte")] string? accountId, [FromQuery(Name = "jeton")] string? token)
    {
        var holder = await accounts.HolderOfLinkAsync(accountId, token);
        return View(new NewPasswordPage(new NewPasswordForm { AccountId = accountId, Token = token }, holder is not null, Done: false, PasswordRules.Describe(signIn.UserManager.Options.Password)));
    }

    [AllowAnonymous]
    [EnableRateLimiting(AdminSetup.LoginRateLimit)]
    [HttpPost(StaffAccounts.NewPasswordPath)]
    public async Task<IActionResult> NewPassword(NewPasswordForm form)
    {
        var rules = PasswordRules.Describe(signIn.UserManager.Options.Password);
        var holder = await accounts.HolderOfLinkAsync(form.AccountId, form.Token);
        if (holder is null)
        {
            return View(new NewPasswordPage(form, LinkIsValid: false, Done: false, rules));
        }
        if (ModelState.IsValid)
        {
            var result = await accounts.SetPasswordAsync(holder, form.Token!, form.Password);
            if (result.Succeeded)
            {
                return View(new NewPasswordPage(new NewPasswordForm(), LinkIsValid: true, Done: true, rules));
            }
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "InvalidToken" ? string.Empty : nameof(NewPasswordForm.Password), error.Description);
            }
        }
        form.Password = "";
        form.Confirmation = "";
        return View(new NewPasswordPage(form, LinkIsValid: true, Done: false, rules));
    }
}
