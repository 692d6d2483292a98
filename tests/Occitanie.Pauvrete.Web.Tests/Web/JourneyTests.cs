using AngleSharp.Html.Dom;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// The journeys of an elected official, following the links a person would click: a mayor who
/// wants « un repas à 1 € à la cantine » reaches the amount, the Capendu workshop and the ASP
/// contact in two clicks from the home page, or with one search.
/// </summary>
public sealed class JourneyTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    [Fact]
    public async Task Home_then_intention_then_measure_then_workshop()
    {
        var home = await _portal.GetDocumentAsync("/");

        var intention = await FollowAsync(home, "#intentions a[href='/je-souhaite/assurer-un-repas-equilibre']");
        Assert.Contains("3 € par repas servi", Text(intention), StringComparison.Ordinal);
        Assert.Contains("Capendu", Text(intention), StringComparison.Ordinal);
        Assert.NotNull(intention.QuerySelector("a[href^='tel:'][href$='549375630']"));

        var measure = await FollowAsync(intention, "main a[href='/mesures/cantines-a-tarification-sociale']");
        Assert.Contains("3 € par repas servi", Text(measure), StringComparison.Ordinal);
        Assert.Contains("Agence de services et de paiement", Text(measure), StringComparison.Ordinal);

        var workshop = await FollowAsync(measure, "main a[href='/ateliers/atelier-01-cantines-tarification-sociale-capendu']");
        Assert.Contains("Claude Busto", Text(workshop), StringComparison.Ordinal);
        Assert.Contains("Capendu", workshop.QuerySelector("h1")!.TextContent + Text(workshop), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_search_in_the_words_of_a_mayor_finds_the_cantine_measure_and_the_capendu_workshop()
    {
        var results = await _portal.GetDocumentAsync("/recherche?q=" + Uri.EscapeDataString("repas à 1 € à la cantine"));

        var links = results.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/mesures/cantines-a-tarification-sociale", links);
        Assert.Contains("/ateliers/atelier-01-cantines-tarification-sociale-capendu", links);
    }

    private async Task<IHtmlDocument> FollowAsync(IHtmlDocument page, string selector)
    {
        var link = page.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"no link {selector} on {page.Url}");
        return await _portal.GetDocumentAsync(link.GetAttribute("href")!);
    }

    private static string Text(IHtmlDocument page) => VisibleTextOf(page.QuerySelector("main")!.TextContent);

    private static string VisibleTextOf(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
