namespace Occitanie.Pauvrete.Web.Tests.Content;

/// <summary>
/// A measure's funding rule (« Combien pour ma commune ? », issue 18) is one a cited source states:
/// each rule is in the reviewed table below with the source's words that give its rate and its
/// years, and its conditions are a cited source's own words.
/// </summary>
public sealed partial class AidRecordTests
{
    /// <summary>Reviewed: slug, kind, the rate as the source writes it (amount or share), the years as it writes them (or ""), the source's words.</summary>
    public static TheoryData<string, string, string, string, string> FundingRules => new()
    {
        { "cantines-a-tarification-sociale", "par-unite", "3 € par repas servi", "trois ans", "Une aide financière est accordée sur trois ans aux communes rurales" },
        { "petits-dejeuners-educatifs", "par-unite", "1,30 € par petit-déjeuner", "", "Soutien financier de l'État : 1,30 € par petit-déjeuner" },
        { "points-conseil-budget", "par-unite", "15 000€ par structure", "pendant 3 ans", "L'Etat verse une subvention annuelle de 15 000€ par structure pendant 3 ans" },
        { "centres-sociaux-dans-les-qpv", "part-des-depenses", "80 % des dépenses", "", "couvrant 80 % des dépenses engagées par la commune" },
    };

    [Theory]
    [MemberData(nameof(FundingRules))]
    public void A_funding_rule_is_one_a_cited_source_states(string slug, string kind, string rate, string years, string evidence)
    {
        var measure = _set.Measures.Single(m => m.Key == slug);
        var rule = measure.Data.FundingRule!;

        Assert.Equal(kind, rule.Kind);
        bool Cited(string words) => measure.Data.Sources!.Any(s => Source(s.Document!).Contains(Normalize(words), StringComparison.Ordinal));
        Assert.True(Cited(evidence), $"{measure.File}: no cited source prints « {evidence} »");
        Assert.True(Cited(rate), $"{measure.File}: no cited source prints « {rate} »");
        // The number the rule computes with is the one the source writes.
        var number = kind == "par-unite" ? measure.Data.FundingAmount!.Value : rule.Share!.Value;
        Assert.StartsWith(number.ToString("#,##0.##", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202F', ' ').Replace(" ", "", StringComparison.Ordinal), rate.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        if (rule.Years is { } count)
        {
            Assert.True(Cited(years), $"{measure.File}: no cited source prints « {years} »");
            string[] spelled = count == 3 ? ["3", "trois"] : [count.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            Assert.Contains(spelled, words => years.Contains(words, StringComparison.Ordinal));
        }
        else
        {
            Assert.Equal("", years);
        }
        if (rule.Conditions is { } conditions)
        {
            Assert.True(Cited(conditions), $"{measure.File}: the conditions are not a cited source's words: « {conditions} »");
        }
        Assert.Null(rule.Cap);
    }

    [Fact]
    public void Every_funding_rule_has_been_reviewed_against_the_sources()
    {
        var reviewed = FundingRules.Select(row => (string)row[0]).Order(StringComparer.Ordinal);

        Assert.Equal(reviewed, _set.Measures.Where(m => m.Data.FundingRule is not null).Select(m => m.Key).Order(StringComparer.Ordinal));
    }
}
