using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Conferences;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>A conference's dates in French, as precise as the sources and no more.</summary>
public sealed class ConferenceDatesTests
{
    [Theory]
    [InlineData("2021-07-07", null, DatePrecision.Day, "7 juillet 2021")]
    [InlineData("2021-07-07", "2021-07-07", DatePrecision.Day, "7 juillet 2021")]
    [InlineData("2021-07-01", null, DatePrecision.Day, "1er juillet 2021")]
    [InlineData("2019-07-05", "2019-07-07", DatePrecision.Day, "du 5 au 7 juillet 2019")]
    [InlineData("2019-06-30", "2019-07-02", DatePrecision.Day, "du 30 juin au 2 juillet 2019")]
    [InlineData("2019-12-30", "2020-01-02", DatePrecision.Day, "du 30 décembre 2019 au 2 janvier 2020")]
    [InlineData("2023-05-01", null, DatePrecision.Month, "mai 2023")]
    [InlineData("2023-05-01", "2023-05-01", DatePrecision.Month, "mai 2023")]
    [InlineData("2023-05-01", "2023-11-01", DatePrecision.Month, "de mai à novembre 2023")]
    [InlineData("2023-04-01", "2023-06-01", DatePrecision.Month, "d'avril à juin 2023")]
    [InlineData("2022-12-01", "2023-01-01", DatePrecision.Month, "de décembre 2022 à janvier 2023")]
    [InlineData("2023-01-01", null, DatePrecision.Year, "2023")]
    [InlineData("2022-01-01", "2023-01-01", DatePrecision.Year, "de 2022 à 2023")]
    public void Format(string date, string? endDate, DatePrecision precision, string expected)
    {
        var end = endDate is null ? (DateOnly?)null : DateOnly.Parse(endDate, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, ConferenceDates.Format(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), end, precision));
    }

    [Theory]
    [InlineData(DatePrecision.Day, "2023-05-01")]
    [InlineData(DatePrecision.Month, "2023-05")]
    [InlineData(DatePrecision.Year, "2023")]
    public void Machine_readable(DatePrecision precision, string expected) =>
        Assert.Equal(expected, ConferenceDates.MachineReadable(new DateOnly(2023, 5, 1), precision));
}
