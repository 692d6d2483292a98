using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Accounts;

/// <summary>
/// Refuses the passwords an attacker tries first, on top of the length rule: a common word with
/// digits and signs around it (« Password123! », « Azerty2024! », « Motdepasse1! »), the portal's
/// or the administration's name, the account's address or a part of it. A short list of bases
/// rather than zxcvbn: the only zxcvbn on the package list targets .NET Standard 1.6 and brings
/// in old System.* packages that NuGet's audit flags (decision 0014). The letters alone are
/// compared, accents and case ignored: « P@ssw0rd-2024 » is « psswrd » and « P-a-s-s-w-o-r-d-1 » is « password ».
/// </summary>
public sealed class WeakPasswordValidator : IPasswordValidator<IdentityUser>
{
    /// <summary>The words a password must be more than (once reduced to its letters).</summary>
    private static readonly HashSet<string> _common = new(StringComparer.Ordinal)
    {
        "password", "passwd", "psswrd", "pssword", "motdepasse", "mdp", "azerty", "azertyuiop", "qwerty", "qwertyuiop",
        "abc", "abcd", "abcdef", "abcdefgh", "admin", "administrateur", "administrator", "root", "user", "utilisateur",
        "welcome", "bienvenue", "bonjour", "hello", "salut", "soleil", "secret", "changeme", "letmein", "iloveyou",
        "jetaime", "loulou", "doudou", "chouchou", "marseille", "toulouse", "montpellier", "paris", "france", "occitanie",
        "prefecture", "portail", "pauvrete", "solidarite", "solidarites", "etat", "gouv", "test", "demo", "master",
        "dragon", "monkey", "football", "princess", "sunshine", "nicolas", "julien", "camille", "marie", "thomas",
    };

    /// <summary>Words of the portal and the administration a password must not contain.</summary>
    private static readonly string[] _portalWords = ["occitanie", "pauvrete", "prefecture", "portail"];

    public const string CommonMessage = "Ce mot de passe fait partie des plus courants (un mot usuel entouré de chiffres ou de signes)\u00A0: choisissez-en un moins prévisible, par exemple plusieurs mots sans rapport entre eux.";

    public const string PersonalMessage = "Le mot de passe ne doit contenir ni votre adresse électronique, ni une partie de celle-ci, ni le nom du portail.";

    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password)
    {
        var letters = Letters(password ?? "");
        if (_common.Contains(letters) || letters.Length < 4)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = CommonMessage }));
        }
        var folded = Fold(password ?? "");
        var personal = (user.Email ?? user.UserName ?? "")
            .Split(['@', '.', '-', '_', '+'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Fold)
            .Where(part => part.Length >= 4)
            .Concat(_portalWords);
        if (personal.Any(part => folded.Contains(part, StringComparison.Ordinal)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PersonalPassword", Description = PersonalMessage }));
        }
        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>Lower case without accents, letters only.</summary>
    private static string Letters(string text) => new([.. Fold(text).Where(char.IsAsciiLetterLower)]);

    /// <summary>Lower case without accents, spacing and signs removed.</summary>
    private static string Fold(string text)
    {
        var folded = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }
        return folded.ToString();
    }
}
