using System.Globalization;
using System.Text;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

public static class Slugs
{
    /// <summary>"Accès à la cantine à 1 €" → "acces-a-la-cantine-a-1": lowercase ASCII words joined by hyphens, 80 characters at most.</summary>
    public static string From(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var text = slug.ToString().Trim('-');
        return text.Length <= 80 ? text : text[..80].TrimEnd('-');
    }
}
