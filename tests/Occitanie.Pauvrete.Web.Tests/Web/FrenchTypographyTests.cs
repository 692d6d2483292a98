using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>Public pages are set in French typography once, as they are sent; the API keeps its plain text.</summary>
public sealed partial class FrenchTypographyTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    [Theory]
    [InlineData("Axe 1: emploi", "Axe 1\u00a0: emploi")]
    [InlineData("Pourquoi ? Parce que !", "Pourquoi\u202f? Parce que\u202f!")]
    [InlineData("Vraiment? Oui; sans doute!", "Vraiment\u202f? Oui\u202f; sans doute\u202f!")]
    [InlineData("« Je souhaite »", "«\u00a0Je souhaite\u00a0»")]
    [InlineData("1€ par repas", "1\u00a0€ par repas")]
    [InlineData("15 000€", "15\u202f000\u00a0€")]
    [InlineData("15000 €", "15\u202f000\u00a0€")]
    [InlineData("50 %", "50\u00a0%")]
    [InlineData("24 mai 2024— Toulouse", "24 mai 2024\u00a0— Toulouse")]
    [InlineData("de 10:30 à 12:00", "de 10:30 à 12:00")]
    [InlineData("voir https://www.service-public.fr/particuliers?x=1 demain", "voir https://www.service-public.fr/particuliers?x=1 demain")]
    [InlineData("2024 1000 €", "2024 1000\u00a0€")]
    public void Text_takes_french_spaces_and_keeps_times_and_addresses(string text, string expected) =>
        Assert.Equal(expected, FrenchTypography.Apply(text));

    [Fact]
    public void Tags_attributes_code_and_entities_are_left_as_they_are()
    {
        const string html = "<p title=\"Note : ici !\">Note : <a href=\"/recherche?q=a b\">lien ?</a> &amp; suite</p><code>a : b</code><script>var x = {\"a\": 1}; if (a ? b : c) {}</script><p>«&nbsp;déjà&nbsp;»</p>";

        var result = FrenchTypography.ApplyToHtml(html);

        Assert.Equal("<p title=\"Note : ici !\">Note\u00a0: <a href=\"/recherche?q=a b\">lien\u202f?</a> &amp; suite</p><code>a : b</code><script>var x = {\"a\": 1}; if (a ? b : c) {}</script><p>«&nbsp;déjà&nbsp;»</p>", result);
    }

    [Fact]
    public async Task The_home_a_measure_and_a_release_have_no_ordinary_space_before_a_mark_or_inside_quotes()
    {
        var release = await _portal.ReadAsync(db => db.PressReleases.Published().OrderByDescending(r => r.Date).Select(r => r.Slug).FirstAsync());
        var checkedMarks = 0;
        foreach (var url in new[] { "/", "/mesures/cantines-a-tarification-sociale", $"/communiques/{release}", "/ma-selection?m=points-conseil-budget&m=cantines-a-tarification-sociale&a=atelier-01-cantines-tarification-sociale-capendu" })
        {
            var page = await _portal.GetDocumentAsync(url);
            var text = ProseOf(page);

            Assert.True(!OrdinarySpaceBeforeMark().IsMatch(text), $"{url}: ordinary space before a mark in « {Around(text, OrdinarySpaceBeforeMark())} »");
            Assert.True(!OrdinarySpaceInsideQuotes().IsMatch(text), $"{url}: ordinary space inside « » in « {Around(text, OrdinarySpaceInsideQuotes())} »");
            Assert.True(!DigitGluedToEuro().IsMatch(text), $"{url}: a digit glued to € in « {Around(text, DigitGluedToEuro())} »");
            checkedMarks += Regex.Count(text, "[:;!?«»€]");
        }
        Assert.True(checkedMarks > 20);
    }

    [Fact]
    public async Task The_api_keeps_the_text_as_written()
    {
        var summary = await _portal.ReadAsync(db => db.Measures.Where(m => m.Slug == "cantines-a-tarification-sociale").Select(m => m.Summary).SingleAsync());
        using var client = _portal.CreateClient();

        var json = await client.GetStringAsync(new Uri("/api/mesures/cantines-a-tarification-sociale", UriKind.Relative));

        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(summary, document.RootElement.GetProperty("resume").GetString());
        Assert.DoesNotContain('\u202f', json);
    }

    /// <summary>The text a reader reads: the body without scripts, styles and code.</summary>
    private static string ProseOf(IHtmlDocument page)
    {
        foreach (var element in page.QuerySelectorAll("script, style, code, pre, template").ToList())
        {
            element.Remove();
        }
        return page.Body!.TextContent;
    }

    private static string Around(string text, Regex regex)
    {
        var match = regex.Match(text);
        return match.Success ? text.Substring(Math.Max(0, match.Index - 30), Math.Min(60, text.Length - Math.Max(0, match.Index - 30))) : "";
    }

    [GeneratedRegex(@"\S [:;!?](?=\s|$)")]
    private static partial Regex OrdinarySpaceBeforeMark();

    [GeneratedRegex("« | »")]
    private static partial Regex OrdinarySpaceInsideQuotes();

    [GeneratedRegex(@"\d€")]
    private static partial Regex DigitGluedToEuro();
}
