using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>Dates, amounts and phone links read as a French reader expects.</summary>
public sealed class FrenchFormatTests
{
    [Theory]
    [InlineData("2021-07-07", null, DatePrecision.Day, "7 juillet 2021")]
    [InlineData("2023-05-01", null, DatePrecision.Day, "1er mai 2023")]
    [InlineData("2023-05-01", null, DatePrecision.Month, "mai 2023")]
    [InlineData("2023-05-01", "2023-11-01", DatePrecision.Month, "de mai à novembre 2023")]
    [InlineData("2022-04-01", "2022-06-01", DatePrecision.Month, "d'avril à juin 2022")]
    [InlineData("2022-10-01", "2023-02-01", DatePrecision.Month, "d'octobre 2022 à février 2023")]
    [InlineData("2021-07-07", "2021-07-07", DatePrecision.Day, "7 juillet 2021")]
    [InlineData("2019-07-05", "2019-07-07", DatePrecision.Day, "du 5 au 7 juillet 2019")]
    [InlineData("2019-06-01", "2019-07-05", DatePrecision.Day, "du 1er juin au 5 juillet 2019")]
    [InlineData("2019-01-01", "2020-12-01", DatePrecision.Year, "de 2019 à 2020")]
    public void Periods_are_written_in_french_as_precisely_as_known(string start, string? end, DatePrecision precision, string expected) =>
        Assert.Equal(expected, VisibleText.Normalize(FrenchFormat.Period(
            DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            precision)));

    [Theory]
    [InlineData(18_400_000, "18,4 M€")]
    [InlineData(75_000_000, "75 M€")]
    [InlineData(15_000, "15 000 €")]
    [InlineData(1.30, "1,30 €")]
    public void Euros_are_written_the_french_way(decimal amount, string expected) =>
        Assert.Equal(expected, VisibleText.Normalize(FrenchFormat.Euros(amount)));

    [Theory]
    [InlineData("05 49 37 56 30", "tel:+33549375630")]
    [InlineData("0 800 122 500", "tel:+33800122500")]
    [InlineData("3939", "tel:3939")]
    public void Phone_numbers_become_dialable_links(string phone, string expected) =>
        Assert.Equal(expected, FrenchFormat.TelephoneHref(phone));
}
