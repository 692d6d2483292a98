using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;
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
public sealed class AccountController(SignInManager<IdentityUser> signIn, StaffAccounts accounts, LoginThrottle throttle, SecurityLog security) : Controller
{
    /// <summary>
    /// One answer for every refusal (wrong password, unknown account, disabled account), so the
    /// form tells nobody who has an account or what state it is in.
    /// </summary>
    public const string RefusedMessage = "Adresse électronique ou mot de passe incorrect, ou compte désactivé.";

    /// <summary>A hash to check a password against when there is no account, so that an unknown address costs the same time as a known one.</summary>
    private static string? _dummyHash;

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
        var client = SecurityLog.ClientOf(HttpContext);
        var email = form.Email.Trim();
        if (throttle.WaitFor(client, email) is { } wait)
        {
            security.SignInThrottled(email, client, (int)Math.Ceiling(wait.TotalSeconds));
            ModelState.AddModelError(string.Empty, WaitMessage(wait));
            form.Password = "";
            return View(form);
        }
        // No lockout on failures (decision 0014): the throttle slows the client that fails, not the account's owner.
        var user = await signIn.UserManager.FindByEmailAsync(email);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.Succeeded(client, email);
            security.SignInSucceeded(user!.Email ?? email, client);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) && form.ReturnUrl.StartsWith("/admin", StringComparison.Ordinal) ? form.ReturnUrl : "/admin");
        }
        if (user is null || result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity answers these without hashing the password: hash one anyway, so the time taken says nothing.
            var hasher = signIn.UserManager.PasswordHasher;
            var dummy = new IdentityUser();
            _dummyHash ??= hasher.HashPassword(dummy, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(dummy, _dummyHash, form.Password);
        }
        security.SignInFailed(user?.Email ?? "(unknown account)", client, user is null ? "unknown-account" : result.IsLockedOut ? "disabled-account" : "wrong-password");
        ModelState.AddModelError(string.Empty, throttle.Failed(client, email) && throttle.WaitFor(client, email) is { } next ? $"{RefusedMessage} {WaitMessage(next)}" : RefusedMessage);
        form.Password = "";
        return View(form);
    }

    /// <summary>Tells the client how long it must wait, and that an administrator's link always gets the owner in.</summary>
    private static string WaitMessage(TimeSpan wait)
    {
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        var left = minutes <= 1 ? "une minute" : $"{minutes} minutes";
        return $"Trop d'essais infructueux depuis ce poste\u00A0: réessayez dans {left}. Si vous avez oublié votre mot de passe, un administrateur peut vous donner un lien pour en choisir un nouveau.";
    }

    [HttpPost("/admin/deconnexion")]
    public async Task<IActionResult> Logout()
    {
        // A new stamp ends the session everywhere: a copy of the cookie taken before is refused at
        // its next request (the stamp is checked at every request, see AdminSetup).
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            security.SignedOut(user.Email ?? user.Id);
        }
        await signIn.SignOutAsync();
        TempData["Success"] = "Vous êtes déconnecté.";
        return Redirect("/admin/connexion");
    }

    /// <summary>No mail server: the page says who gives a new link, and names no account.</summary>
    [AllowAnonymous]
    [HttpGet("/admin/mot-de-passe-oublie")]
    public IActionResult ForgotPassword() => View();

    /// <summary>Holds a password link's account and token between its first visit and the form (see <see cref="NewPassword(string?, string?)"/>).</summary>
    private const string LinkCookie = "portail-lien";

    /// <summary>
    /// A link's first visit trades its query string for a cookie only this page receives (30
    /// minutes), then sends the browser to the same page without it: the token stays out of the
    /// browser's history, of the addresses the page's requests carry and of the proxy's log past
    /// that first line. The token itself still expires after 24 hours and serves once.
    /// </summary>
    [AllowAnonymous]
    [HttpGet(StaffAccounts.NewPasswordPath)]
    public async Task<IActionResult> NewPassword([FromQuery(Name = "compte")] string? accountId, [FromQuery(Name = "jeton")] string? token)
    {
        if (accountId is not null || token is not null)
        {
            Response.Cookies.Append(LinkCookie, $"{accountId}|{token}", new CookieOptions
            {
                Path = StaffAccounts.NewPasswordPath,
                HttpOnly = true,
                Secure = Request.IsHttps,
                // Lax, not Strict: the link is opened from a message, another site, and the
                // redirect that follows must still carry the cookie.
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromMinutes(30),
                IsEssential = true,
            });
            return Redirect(StaffAccounts.NewPasswordPath);
        }
        var parts = Request.Cookies[LinkCookie]?.Split('|', 2);
        (accountId, token) = parts is [var id, var value] ? (id, value) : (null, null);
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
                Response.Cookies.Delete(LinkCookie, new CookieOptions { Path = StaffAccounts.NewPasswordPath });
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
