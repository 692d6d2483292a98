using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>Dates, numbers and phone links as French readers and phones expect them.</summary>
public sealed class FrenchTextTests
{
    [Theory]
    [InlineData(2021, 7, 7, "7 juillet 2021")]
    [InlineData(2019, 6, 1, "1er juin 2019")]
    [InlineData(2024, 5, 24, "24 mai 2024")]
    public void Dates_are_written_in_french(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Text.Date(new DateOnly(year, month, day)));

    [Fact]
    public void Numbers_are_grouped_by_thousands_with_a_decimal_comma()
    {
        Assert.Equal("200 000", PortalReading.Spaces(Text.Number(200000m)));
        Assert.Equal("1,3", Text.Number(1.30m));
        Assert.Equal("75 000 000", PortalReading.Spaces(Text.Number(75000000m)));
    }

    [Theory]
    [InlineData("05 34 45 36 17", "tel:+33534453617")]
    [InlineData("0 800 122 500", "tel:+33800122500")]
    [InlineData("09 69 39 00 00", "tel:+33969390000")]
    public void French_numbers_become_international_tel_links(string phone, string expected) =>
        Assert.Equal(expected, Text.TelephoneHref(phone));

    [Theory]
    [InlineData(0, "0 mesure")]
    [InlineData(1, "1 mesure")]
    [InlineData(12, "12 mesures")]
    public void Counts_take_the_french_plural(int count, string expected) =>
        Assert.Equal(expected, Text.Count(count, "mesure", "mesures"));
}
