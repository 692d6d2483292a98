using Microsoft.AspNetCore.Identity;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Accounts;

/// <summary>Identity's messages in French: they are shown to staff as they are.</summary>
public sealed class FrenchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Une erreur inconnue est survenue.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Ce compte a été modifié entre-temps : rechargez la page.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mot de passe incorrect.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Ce lien n'est plus valable : demandez-en un nouveau à un administrateur.");
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Code de récupération incorrect.");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Un compte utilise déjà cette connexion.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"L'identifiant « {userName} » n'est pas valide.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"L'adresse électronique « {email} » n'est pas valide.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Un compte existe déjà pour « {userName} ».");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Un compte existe déjà pour l'adresse « {email} ».");
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"Le rôle « {role} » n'est pas valide.");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"Le rôle « {role} » existe déjà.");
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Ce compte a déjà un mot de passe.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Le verrouillage n'est pas activé pour ce compte.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Ce compte a déjà le rôle « {role} ».");
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"Ce compte n'a pas le rôle « {role} ».");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Le mot de passe doit compter au moins {length} caractères.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Le mot de passe doit compter au moins {uniqueChars} caractères différents.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Le mot de passe doit contenir au moins un caractère spécial (ni lettre ni chiffre).");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Le mot de passe doit contenir au moins un chiffre.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Le mot de passe doit contenir au moins une minuscule.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Le mot de passe doit contenir au moins une majuscule.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
