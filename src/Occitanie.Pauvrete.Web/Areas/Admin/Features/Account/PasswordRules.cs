using Microsoft.AspNetCore.Identity;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Account;

/// <summary>The password rules in French, read from Identity's options so the hint never says other than what is checked.</summary>
public static class PasswordRules
{
    public static string Describe(PasswordOptions options)
    {
        var kinds = new List<string>();
        if (options.RequireUppercase)
        {
            kinds.Add("une majuscule");
        }
        if (options.RequireLowercase)
        {
            kinds.Add("une minuscule");
        }
        if (options.RequireDigit)
        {
            kinds.Add("un chiffre");
        }
        if (options.RequireNonAlphanumeric)
        {
            kinds.Add("un caractère spécial (ni lettre ni chiffre)");
        }
        var text = $"Au moins {options.RequiredLength} caractères";
        return kinds.Count switch
        {
            0 => text + ".",
            1 => $"{text}, dont {kinds[0]}.",
            _ => $"{text}, dont {string.Join(", ", kinds[..^1])} et {kinds[^1]}.",
        };
    }
}
