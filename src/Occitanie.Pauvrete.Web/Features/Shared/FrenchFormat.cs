using System.Globalization;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>Dates, amounts and numbers written as a French reader expects them.</summary>
public static class FrenchFormat
{
    private static readonly CultureInfo _french = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"7 juillet 2021", "1er mai 2023".</summary>
    public static string Date(DateOnly date) =>
        date.Day == 1
            ? "1er " + date.ToString("MMMM yyyy", _french)
            : date.ToString("d MMMM yyyy", _french);

    /// <summary>A date as precise as the sources give it: "7 juillet 2021", "mai 2023" or "2023".</summary>
    public static string Date(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => date.ToString("MMMM yyyy", _french),
        DatePrecision.Year => date.Year.ToString(_french),
        _ => Date(date),
    };

    /// <summary>
    /// A date or a period, as precise as the sources give it: "7 juillet 2021", "du 5 au 7 juillet 2021",
    /// "de mai à novembre 2023", "d'avril à juin 2022".
    /// </summary>
    public static string Period(DateOnly start, DateOnly? end, DatePrecision precision)
    {
        if (end is not { } last || SameAtPrecision(start, last, precision))
        {
            return Date(start, precision);
        }
        var sameYear = start.Year == last.Year;
        var from = precision switch
        {
            DatePrecision.Year => start.Year.ToString(_french),
            DatePrecision.Month => sameYear ? start.ToString("MMMM", _french) : start.ToString("MMMM yyyy", _french),
            _ when sameYear && start.Month == last.Month => start.Day == 1 ? "1er" : start.Day.ToString(_french),
            _ when sameYear => start.Day == 1 ? "1er " + start.ToString("MMMM", _french) : start.ToString("d MMMM", _french),
            _ => Date(start),
        };
        var to = Date(last, precision);
        return precision == DatePrecision.Day ? $"du {from} au {to}" : $"{Elide("de", from)} à {to}";
    }

    /// <summary>
    /// An amount in euros: "18,4 M€" from a million up (the sources speak in millions), else
    /// "15 000 €" or "1,30 €".
    /// </summary>
    public static string Euros(decimal amount) =>
        Math.Abs(amount) >= 1_000_000m
            ? (amount / 1_000_000m).ToString("#,##0.##", _french) + "\u00A0M€"
            : amount.ToString(amount == decimal.Truncate(amount) ? "#,##0" : "#,##0.00", _french) + "\u00A0€";

    /// <summary>"4 554", "1,5".</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", _french);

    /// <summary>A key figure with its unit: "75 M€", "13 départements".</summary>
    public static string Figure(decimal value, string? unit) => unit switch
    {
        "€" => Euros(value),
        null or "" => Number(value),
        _ => $"{Number(value)}\u00A0{unit}",
    };

    /// <summary>
    /// The <c>tel:</c> address of a number printed the French way ("05 49 37 56 30" →
    /// "tel:+33549375630"), so that a phone dials it from abroad too.
    /// </summary>
    public static string TelephoneHref(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length == 10 && digits[0] == '0' ? "tel:+33" + digits[1..] : "tel:" + digits;
    }

    private static bool SameAtPrecision(DateOnly a, DateOnly b, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => a.Year == b.Year,
        DatePrecision.Month => a.Year == b.Year && a.Month == b.Month,
        _ => a == b,
    };

    /// <summary>"de avril" → "d'avril", "de octobre 2022" → "d'octobre 2022".</summary>
    private static string Elide(string preposition, string word) =>
        word.Length > 0 && "aeiouyàâéèêîôûœ".Contains(char.ToLowerInvariant(word[0]), StringComparison.Ordinal)
            ? $"{preposition[..^1]}'{word}"
            : $"{preposition} {word}";
}
