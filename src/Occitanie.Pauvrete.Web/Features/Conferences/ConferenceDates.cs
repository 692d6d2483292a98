using System.Globalization;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Conferences;

/// <summary>
/// A conference's dates written in French, no more precise than the sources: « 7 juillet 2021 »,
/// « 1er juillet 2021 », « mai 2023 », « de mai à novembre 2023 », « du 5 au 7 juillet 2019 ».
/// </summary>
public static class ConferenceDates
{
    private static readonly CultureInfo _french = CultureInfo.GetCultureInfo("fr-FR");

    public static string Format(DateOnly date, DateOnly? endDate, DatePrecision precision)
    {
        var end = IsSinglePeriod(date, endDate, precision) ? (DateOnly?)null : endDate;
        return (precision, end) switch
        {
            (DatePrecision.Year, null) => Year(date),
            (DatePrecision.Year, { } last) => $"de {Year(date)} à {Year(last)}",
            (DatePrecision.Month, null) => Month(date, withYear: true),
            (DatePrecision.Month, { } last) => $"{From(Month(date, withYear: date.Year != last.Year))} à {Month(last, withYear: true)}",
            (_, null) => Day(date, withMonth: true, withYear: true),
            (_, { } last) => $"du {Day(date, withMonth: (date.Month, date.Year) != (last.Month, last.Year), withYear: date.Year != last.Year)} au {Day(last, withMonth: true, withYear: true)}",
        };
    }

    /// <summary>A machine-readable form for the datetime attribute of a time element: "2021-07-07", "2023-05" or "2023".</summary>
    public static string MachineReadable(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>Whether the dates name one day (or one month, one year, as precise as they are) rather than a period.</summary>
    public static bool IsSinglePeriod(DateOnly date, DateOnly? endDate, DatePrecision precision) => endDate is not { } end || precision switch
    {
        DatePrecision.Year => date.Year == end.Year,
        DatePrecision.Month => (date.Year, date.Month) == (end.Year, end.Month),
        _ => date == end,
    };

    private static string Year(DateOnly date) => date.Year.ToString(CultureInfo.InvariantCulture);

    private static string Month(DateOnly date, bool withYear) =>
        date.ToString(withYear ? "MMMM yyyy" : "MMMM", _french);

    // The first day of a month is written « 1er » in French.
    private static string Day(DateOnly date, bool withMonth, bool withYear)
    {
        var day = date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);
        return !withMonth ? day : $"{day} {Month(date, withYear)}";
    }

    // « de » elides before a vowel: « d'avril », « d'août », « d'octobre ».
    private static string From(string text) => "aeiouyâàéèêîôûœ".Contains(text[0], StringComparison.Ordinal) ? $"d'{text}" : $"de {text}";
}
