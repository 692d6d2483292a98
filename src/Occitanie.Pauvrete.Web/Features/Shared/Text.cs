using System.Globalization;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>Small display helpers for French text.</summary>
public static class Text
{
    private static readonly CultureInfo _french = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"assurer l'égalité…" → "Assurer l'égalité…": titles are stored as the sources write them.</summary>
    public static string Capitalize(string value) =>
        value.Length == 0 ? value : char.ToUpper(value[0], _french) + value[1..];

    /// <summary>"7 juillet 2021", "1er juin 2019": French writes the first day of a month as an ordinal.</summary>
    public static string Date(DateOnly date) =>
        (date.Day == 1 ? "1er" : date.Day.ToString(_french)) + date.ToString(" MMMM yyyy", _french);

    /// <summary>A number as French readers write it ("200 000", "1,3").</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", _french);

    /// <summary>"1 mesure", "12 mesures": French puts 0 and 1 in the singular.</summary>
    public static string Count(int count, string singular, string plural) =>
        $"{count.ToString(_french)} {(count > 1 ? plural : singular)}";

    /// <summary>
    /// A tel: address for a French number as the sources print it ("05 34 45 36 17" →
    /// "tel:+33534453617"), so that phones abroad dial it too.
    /// </summary>
    public static string TelephoneHref(string phone)
    {
        var digits = new string(phone.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        return digits.Length == 10 && digits[0] == '0' ? $"tel:+33{digits[1..]}" : $"tel:{digits}";
    }
}
