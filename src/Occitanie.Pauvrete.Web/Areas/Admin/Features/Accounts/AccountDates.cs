using System.Globalization;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Accounts;

/// <summary>A recorded change as staff read it: Paris time, in French.</summary>
public static class AccountDates
{
    private static readonly CultureInfo _french = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly TimeZoneInfo _paris = FindParis();

    public static string Describe(DateTime? utc) => utc is { } value
        ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), _paris).ToString("d MMMM yyyy 'à' HH'h'mm", _french)
        : "—";

    private static TimeZoneInfo FindParis()
    {
        // A container without time zone data still shows a date (in UTC) rather than failing.
        return TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var paris) ? paris : TimeZoneInfo.Utc;
    }
}
