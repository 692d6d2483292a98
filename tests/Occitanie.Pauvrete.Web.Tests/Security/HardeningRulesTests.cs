using System.Net;
using Occitanie.Pauvrete.Web.Features.OpenData;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Security;

/// <summary>Small rules from the security review: CSV cells that a spreadsheet would run, and error pages for any code.</summary>
public sealed class HardeningRulesTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    [Theory]
    [InlineData("=HYPERLINK(\"https://exemple.org\";\"x\")", "'=HYPERLINK(\"https://exemple.org\";\"x\")")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcalcul", "'\tcalcul")]
    [InlineData("\rcalcul", "'\rcalcul")]
    [InlineData("Crèches à vocation d'insertion", "Crèches à vocation d'insertion")]
    [InlineData("", "")]
    public void A_csv_text_that_starts_like_a_formula_is_neutralised(string text, string expected) =>
        Assert.Equal(expected, OpenDataFiles.NeutraliseFormula(text));

    [Fact]
    public async Task The_schemas_and_the_open_data_page_state_the_convention()
    {
        using var client = shared.Portal.CreateClient();
        var schema = await client.GetStringAsync(new Uri("/donnees/mesures.schema.json", UriKind.Relative));
        var page = await shared.Portal.GetDocumentAsync("/donnees");

        Assert.Contains("précédé d'une apostrophe", schema, StringComparison.Ordinal);
        Assert.Contains("précédé d'une apostrophe", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/erreur/101")]
    [InlineData("/erreur/0")]
    [InlineData("/erreur/1000")]
    [InlineData("/erreur/418")]
    [InlineData("/erreur")]
    public async Task An_error_page_asked_for_a_code_the_site_does_not_use_is_a_404(string url)
    {
        using var client = shared.Portal.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_error_page_asked_for_a_code_the_site_uses_answers_with_it()
    {
        using var client = shared.Portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/erreur/429", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }
}
