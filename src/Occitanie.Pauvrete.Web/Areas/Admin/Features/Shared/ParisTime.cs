using System.Globalization;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;

/// <summary>
/// The database keeps UTC; staff read the time of Paris, whatever the server's time zone.
/// "Europe/Paris" is an IANA name, which .NET resolves on every platform.
/// </summary>
public static class ParisTime
{
    // A container without time zone data still shows a time (in UTC) rather than failing.
    private static readonly TimeZoneInfo _paris = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var paris) ? paris : TimeZoneInfo.Utc;

    public static DateTime FromUtc(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _paris);

    /// <summary>Today's date in Paris (« vérifié le »): after 22:00 UTC in summer, already tomorrow.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(FromUtc(DateTime.UtcNow));

    /// <summary>The UTC instant at which <paramref name="day"/> begins in Paris.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), _paris);

    /// <summary>
    /// The UTC instant of a Paris wall-clock time (what a staff member types); null for a time that
    /// does not exist in Paris (the hour skipped when clocks go forward in March).
    /// </summary>
    public static DateTime? ToUtc(DateTime paris)
    {
        var local = DateTime.SpecifyKind(paris, DateTimeKind.Unspecified);
        return _paris.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(local, _paris);
    }

    /// <summary>The value of an <c>&lt;input type="datetime-local"&gt;</c> showing <paramref name="utc"/> in Paris time: "2026-12-01T18:05".</summary>
    public static string LocalInput(DateTime utc) => FromUtc(utc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"1er décembre 2026 à 18:05".</summary>
    public static string DateAndTime(DateTime utc)
    {
        var paris = FromUtc(utc);
        return $"{FrenchFormat.Date(DateOnly.FromDateTime(paris))} à {paris.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>"1er décembre 2026".</summary>
    public static string Date(DateTime utc) => FrenchFormat.Date(DateOnly.FromDateTime(FromUtc(utc)));

    /// <summary>The machine-readable value of a <c>&lt;time datetime&gt;</c>: the instant, in UTC.</summary>
    public static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
