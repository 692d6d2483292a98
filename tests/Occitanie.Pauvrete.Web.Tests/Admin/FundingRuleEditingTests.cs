using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// Staff edit a measure's funding rule in the generic editor (issue 18): an unusable rule is refused
/// with the importer's own check, named on its field; a usable one gives the measure its estimate.
/// </summary>
public sealed class FundingRuleEditingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("PerUnit", "", "", "FundingRuleQuantity", "demande ce que compte la commune")]
    [InlineData("PerUnit", "Structures", "", "FundingAmount", "demande un montant en euros positif")]
    [InlineData("ShareOfSpending", "Dépenses", "150", "FundingRuleShare", "une part entre 0 et 100")]
    public async Task An_unusable_rule_is_refused_on_its_field_and_kept_as_typed(string kind, string quantity, string share, string field, string message)
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Slug == "maraudes"));
        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}"));
        StaffBrowser.Fill(form, new() { ["FundingRule"] = kind, ["FundingRuleQuantity"] = quantity, ["FundingRuleShare"] = share });

        using var response = await browser.SendAsync(form, "Enregistrer (visible aussitôt)");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector($"#f-{field}-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(quantity, (page.QuerySelector("input[name='FundingRuleQuantity']") as IHtmlInputElement)?.Value);
        Assert.Null(await portal.ReadAsync(db => db.Measures.Where(m => m.Id == measure.Id).Select(m => m.FundingRule).SingleAsync()));
    }

    [Fact]
    public async Task A_usable_rule_gives_the_measure_its_estimate_and_a_place_on_combien()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Slug == "epiceries-solidaires"));
        Assert.Null((await portal.GetDocumentAsync("/mesures/epiceries-solidaires")).QuerySelector("#combien"));
        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}"));
        StaffBrowser.Fill(form, new()
        {
            ["FundingRule"] = "ShareOfSpending",
            ["FundingRuleQuantity"] = "Dépenses d'investissement, en euros",
            ["FundingRuleShare"] = "50",
            ["FundingRuleCap"] = "15000",
            ["FundingRuleConditions"] = "Une règle d'essai.",
        });

        var saved = await browser.SubmitAsync(form, "Enregistrer (visible aussitôt)");

        Assert.NotNull(saved.QuerySelector(".fr-alert--success"));
        var page = await portal.GetDocumentAsync("/mesures/epiceries-solidaires?quantite=40000");
        Assert.Equal(VisibleText.Normalize("Estimation : 15 000 €"), VisibleText.Of(page.QuerySelector("#estimation .fr-callout__title")!));
        Assert.Contains("plafonné à", VisibleText.Of(page.QuerySelector("#estimation-calcul")!), StringComparison.Ordinal);
        Assert.Equal("Une règle d'essai.", VisibleText.Of(page.QuerySelector("#estimation-conditions")!));
        var combien = await portal.GetDocumentAsync("/combien");
        Assert.Contains(combien.QuerySelectorAll("#combien-mesures h2 a"), a => a.GetAttribute("href") == "/mesures/epiceries-solidaires#combien");
        Assert.Equal(FundingRuleKind.ShareOfSpending, await portal.ReadAsync(db => db.Measures.Where(m => m.Id == measure.Id).Select(m => m.FundingRule).SingleAsync()));
    }
}
