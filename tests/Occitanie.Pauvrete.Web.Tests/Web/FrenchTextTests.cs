using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>Numbers and counts as French readers expect them (dates, euros and phones: FrenchFormatTests).</summary>
public sealed class FrenchTextTests
{
    [Fact]
    public void Numbers_are_grouped_by_thousands_with_a_decimal_comma()
    {
        Assert.Equal("200 000", PortalReading.Spaces(FrenchFormat.Number(200000m)));
        Assert.Equal("1,3", FrenchFormat.Number(1.30m));
        Assert.Equal("75 000 000", PortalReading.Spaces(FrenchFormat.Number(75000000m)));
    }

    [Theory]
    [InlineData(0, "0 mesure")]
    [InlineData(1, "1 mesure")]
    [InlineData(12, "12 mesures")]
    public void Counts_take_the_french_plural(int count, string expected) =>
        Assert.Equal(expected, Text.Count(count, "mesure", "mesures"));
}
