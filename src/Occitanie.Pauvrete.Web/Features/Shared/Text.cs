using System.Globalization;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>Small display helpers for French text.</summary>
public static class Text
{
    private static readonly CultureInfo _french = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"assurer l'égalité…" → "Assurer l'égalité…": titles are stored as the sources write them.</summary>
    public static string Capitalize(string value) =>
        value.Length == 0 ? value : char.ToUpper(value[0], _french) + value[1..];

    /// <summary>
    /// The start of <paramref name="text"/> on one line, at most <paramref name="maxLength"/>
    /// characters, cut between two words and ended with « … » when it is longer (for descriptions).
    /// </summary>
    public static string Excerpt(string text, int maxLength)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= maxLength)
        {
            return line;
        }
        var cut = line.LastIndexOf(' ', maxLength - 1);
        return line[..(cut > 0 ? cut : maxLength - 1)].TrimEnd(',', ';', ':', '.', ' ', '(', '«') + "…";
    }

    /// <summary>
    /// The word or phrase that agrees with <paramref name="count"/>: French puts 0 and 1 in the
    /// singular (« 0 mesure », « 1 mesure », « 2 mesures »). The one rule of plurals in the portal.
    /// </summary>
    public static string Plural(int count, string singular, string plural) => count > 1 ? plural : singular;

    /// <summary>The value trimmed, or null when it is blank: a field the source left empty gives no line.</summary>
    public static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>"0 mesure", "1 mesure", "12 mesures".</summary>
    public static string Count(int count, string singular, string plural) =>
        $"{count.ToString(_french)} {Plural(count, singular, plural)}";
}
