using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
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
    public string? Retour { get; set; }
}

[Area("Admin")]
public sealed class AccountController(SignInManager<IdentityUser> signIn) : Controller
{
    [AllowAnonymous]
    [HttpGet("/admin/connexion")]
    public IActionResult Login(string? retour) => View(new LoginForm { Retour = retour });

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
            return LocalRedirect(Url.IsLocalUrl(form.Retour) && form.Retour.StartsWith("/admin", StringComparison.Ordinal) ? form.Retour : "/admin");
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
}
