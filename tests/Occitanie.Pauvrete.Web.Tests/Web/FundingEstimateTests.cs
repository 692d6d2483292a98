using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// « Combien pour ma commune ? » (issue 18): on each measure whose funding is a rule, the form's
/// estimate for given numbers is the rule as its source states it; no other measure has a form;
/// /combien lists exactly the measures with a rule.
/// </summary>
public sealed class FundingEstimateTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    /// <summary>
    /// Each measure with a rule, the numbers typed, and the amount as its source states the rule:
    /// « 3 € par repas servi » over the years of « sur trois ans », « 1,30 € par petit-déjeuner »,
    /// « 15 000 € par structure pendant 3 ans », « 80 % des dépenses engagées par la commune ».
    /// </summary>
    public static TheoryData<string, string, string?, decimal> Estimates => new()
    {
        { "cantines-a-tarification-sociale", "1 200", "2", 1200 * 3m * 2 },
        { "cantines-a-tarification-sociale", "1200", null, 1200 * 3m * 3 },
        { "petits-dejeuners-educatifs", "5 000", null, 5000 * 1.30m },
        { "points-conseil-budget", "1", null, 15_000m * 3 },
        { "points-conseil-budget", "2", "1", 15_000m * 2 },
        { "centres-sociaux-dans-les-qpv", "20 000,50", null, 20_000.50m * 0.80m },
    };

    [Theory]
    [MemberData(nameof(Estimates))]
    public async Task The_estimate_is_the_rule_as_the_source_states_it(string slug, string quantity, string? years, decimal expected)
    {
        using var visitor = StaffBrowser.Anonymous(_portal);
        var page = await visitor.GetAsync($"/mesures/{slug}");
        var form = page.QuerySelector<IHtmlFormElement>("#combien-formulaire")!;
        StaffBrowser.Fill(form, years is null ? new() { ["quantite"] = quantity } : new() { ["quantite"] = quantity, ["annees"] = years });

        var result = await visitor.SubmitAsync(form);

        Assert.Equal(VisibleText.Normalize($"Estimation : {Euros(expected)}"), VisibleText.Of(result.QuerySelector("#estimation .fr-callout__title")!));
        Assert.StartsWith("Calcul :", VisibleText.Of(result.QuerySelector("#estimation-calcul")!), StringComparison.Ordinal);
        Assert.EndsWith($"= {VisibleText.Normalize(Euros(expected))}.", VisibleText.Of(result.QuerySelector("#estimation-calcul")!), StringComparison.Ordinal);
        Assert.Contains("C'est une estimation", VisibleText.Of(result.QuerySelector("#estimation-reserve")!), StringComparison.Ordinal);
        // The typed number is kept in the form; the source's line is shown.
        Assert.Equal(quantity, result.QuerySelector<IHtmlInputElement>("#quantite")!.Value);
        var line = await _portal.ReadAsync(db => db.Measures.Where(m => m.Slug == slug).Select(m => m.Funding).SingleAsync());
        Assert.Contains(VisibleText.Normalize(line!), VisibleText.Of(result.QuerySelector("#combien-source")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_measure_with_a_rule_has_an_estimate_test_and_no_other_measure_has_a_form()
    {
        var measures = await _portal.ReadAsync(db => db.Measures.Published().Select(m => new { m.Slug, HasRule = m.FundingRule != null }).ToListAsync());
        var tested = Estimates.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(tested.Order(StringComparer.Ordinal), measures.Where(m => m.HasRule).Select(m => m.Slug).Order(StringComparer.Ordinal));
        foreach (var measure in measures)
        {
            var page = await _portal.GetDocumentAsync($"/mesures/{measure.Slug}");
            Assert.True((page.QuerySelector("#combien") is not null) == measure.HasRule, $"/mesures/{measure.Slug}: a calculator {(measure.HasRule ? "missing" : "without a rule")}");
        }
    }

    [Fact]
    public async Task The_combien_page_lists_the_measures_with_a_rule_linking_to_their_estimate()
    {
        var withRule = await _portal.ReadAsync(db => db.Measures.Published().Where(m => m.FundingRule != null).Select(m => m.Slug).ToListAsync());

        var page = await _portal.GetDocumentAsync("/combien");

        Assert.Equal("Combien pour ma commune ?", VisibleText.Of(page.QuerySelector("h1")!));
        Assert.Equal(
            withRule.Select(s => $"/mesures/{s}#combien").Order(StringComparer.Ordinal),
            page.QuerySelectorAll("#combien-mesures h2 a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("douze", null, "Indiquez un nombre positif")]
    [InlineData("-5", null, "Indiquez un nombre positif")]
    [InlineData("99999999999999999999999999", null, "Indiquez un nombre positif")]
    [InlineData("1200", "4", "Indiquez un nombre d'années de 1 à 3")]
    [InlineData("1200", "deux", "Indiquez un nombre d'années de 1 à 3")]
    public async Task A_wrong_number_is_said_next_to_its_field_and_kept(string quantity, string? years, string message)
    {
        using var client = _portal.CreateClient();
        var url = $"/mesures/cantines-a-tarification-sociale?quantite={Uri.EscapeDataString(quantity)}" + (years is null ? "" : $"&annees={Uri.EscapeDataString(years)}");

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Null(page.QuerySelector("#estimation"));
        var error = page.QuerySelector(years is null ? "#quantite-erreur" : "#annees-erreur")!;
        Assert.StartsWith(message, VisibleText.Of(error), StringComparison.Ordinal);
        Assert.Equal(quantity, page.QuerySelector<IHtmlInputElement>("#quantite")!.Value);
    }

    private static string Euros(decimal amount) => Occitanie.Pauvrete.Web.Features.Shared.FrenchFormat.Euros(amount);
}
