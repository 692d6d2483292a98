using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// « Ma sélection » (issue 18) without JavaScript: the forms of the item pages and of the selection
/// page, the shared address, the CSV; unknown, malformed and hostile addresses answered plainly.
/// </summary>
public sealed class SelectionTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private const string Canteens = "cantines-a-tarification-sociale";
    private const string BudgetAdvice = "points-conseil-budget";
    private const string Capendu = "atelier-01-cantines-tarification-sociale-capendu";

    private readonly PortalFactory _portal = shared.Portal;

    [Fact]
    public async Task Three_items_added_through_the_forms_make_the_address_of_the_selection()
    {
        using var visitor = StaffBrowser.Anonymous(_portal);

        // The measure's page: « Ajouter à ma sélection » opens the selection with it.
        var measurePage = await visitor.GetAsync($"/mesures/{Canteens}");
        var add = AddForm(measurePage);
        Assert.Equal("Ajouter à ma sélection", VisibleText.Of(add.QuerySelector("button")!));
        var selection = await visitor.SubmitAsync(add);
        Assert.Equal($"/ma-selection?m={Canteens}", selection.Location.PathName + selection.Location.Search);

        // The selection's own picker adds a workshop, then another measure, keeping what was there.
        selection = await visitor.SubmitAsync(Picked(selection, $"a:{Capendu}"));
        selection = await visitor.SubmitAsync(Picked(selection, $"m:{BudgetAdvice}"));

        Assert.Equal($"/ma-selection?m={Canteens}&m={BudgetAdvice}&a={Capendu}", selection.Location.PathName + selection.Location.Search);
        Assert.Equal(await TitlesAsync(Canteens, BudgetAdvice), selection.QuerySelectorAll("#selection-mesures h3").Select(VisibleText.Of));
        Assert.Single(selection.QuerySelectorAll("#selection-ateliers h3"));
        Assert.Equal("2 mesures et 1 atelier de la stratégie de lutte contre la pauvreté en Occitanie.", VisibleText.Of(selection.QuerySelector("#selection-resume")!));
        Assert.EndsWith($"/ma-selection?m={Canteens}&m={BudgetAdvice}&a={Capendu}", selection.QuerySelector<IHtmlInputElement>("#lien-selection")!.Value, StringComparison.Ordinal);

        // A workshop's page has the same form.
        var workshopPage = await visitor.GetAsync($"/ateliers/{Capendu}");
        var workshopSelection = await visitor.SubmitAsync(AddForm(workshopPage));
        Assert.Equal($"/ma-selection?a={Capendu}", workshopSelection.Location.PathName + workshopSelection.Location.Search);
    }

    [Fact]
    public async Task A_measure_shows_the_answers_of_its_page_and_a_workshop_its_place_and_speakers()
    {
        var canteens = await _portal.ReadAsync(db => db.Measures.SingleAsync(m => m.Slug == Canteens));
        var workshop = await _portal.ReadAsync(db => db.Workshops.SingleAsync(w => w.Slug == Capendu));

        var page = await _portal.GetDocumentAsync($"/ma-selection?m={Canteens}&a={Capendu}");

        var measure = page.QuerySelector("#selection-mesures article")!;
        Assert.Equal(canteens.Title, VisibleText.Of(measure.QuerySelector("h3")!));
        Assert.Equal($"/mesures/{Canteens}", measure.QuerySelector("h3 a")!.GetAttribute("href"));
        var funding = new MeasureFunding(canteens.Funding, canteens.FundingAmount, canteens.FundingUnit, canteens.FundingPeriod);
        var lines = measure.QuerySelectorAll(".portal-essentials__item").Select(VisibleText.Of).ToList();
        Assert.Contains(VisibleText.Normalize($"Ce que finance l'État : {funding.Headline} {funding.Sentence}"), lines);
        Assert.Contains($"Qui peut demander : {string.Join(", ", canteens.Applicants)}", lines);
        Assert.Contains(lines, l => l.StartsWith("Comment faire :", StringComparison.Ordinal));
        // The « whole text » link leads to the measure's page, not to an anchor of this one; no id is repeated.
        Assert.All(measure.QuerySelectorAll(".portal-essentials__item a[href*='#']"), a => Assert.StartsWith($"/mesures/{Canteens}#", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Empty(measure.QuerySelectorAll(".portal-essentials__item[id]"));

        var session = VisibleText.Of(page.QuerySelector("#selection-ateliers article")!);
        Assert.Contains(workshop.Place, session, StringComparison.Ordinal);
        Assert.All(workshop.Speakers, s => Assert.Contains(s.Name, session, StringComparison.Ordinal));
        Assert.Contains("Tenu le 7 juillet 2021", session, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_an_item_is_a_link_to_the_selection_without_it()
    {
        var page = await _portal.GetDocumentAsync($"/ma-selection?m={Canteens}&m={BudgetAdvice}&a={Capendu}");

        var remove = page.QuerySelectorAll("#selection-mesures article")[0].QuerySelector("a[href^='/ma-selection']")!;
        Assert.Equal($"/ma-selection?m={BudgetAdvice}&a={Capendu}", remove.GetAttribute("href"));
        Assert.StartsWith("Retirer", VisibleText.Of(remove), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_and_malformed_items_of_a_shared_link_are_said_so_and_never_echoed()
    {
        using var client = _portal.CreateClient();
        using var response = await client.GetAsync(new Uri($"/ma-selection?m=mesure-disparue&m={Canteens}&a=%3Cscript%3Ealert(1)%3C%2Fscript%3E", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        var notice = VisibleText.Of(page.QuerySelector("#selection-indisponibles")!);
        Assert.Contains("Un élément de ce lien n'est pas ou plus en ligne", notice, StringComparison.Ordinal);
        Assert.Contains("Une valeur de ce lien n'est pas une adresse de mesure ou d'atelier", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("mesure-disparue", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("#ma-selection a, #ma-selection input"), e => (e.GetAttribute("href") ?? e.GetAttribute("value") ?? "").Contains("disparue", StringComparison.Ordinal));
        // The page's own links carry what it shows.
        Assert.EndsWith($"/ma-selection?m={Canteens}", page.QuerySelector<IHtmlInputElement>("#lien-selection")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_of_thousands_of_items_or_a_huge_value_gets_a_clear_page()
    {
        using var client = _portal.CreateClient();
        var many = string.Join("&", Enumerable.Range(0, 5000).Select(i => $"m=mesure-{i}")) + $"&m={Canteens}";
        using var response = await client.GetAsync(new Uri($"/ma-selection?{many}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains("une sélection en compte au plus 60", VisibleText.Of(page.QuerySelector("#selection-trop-longue")!), StringComparison.Ordinal);
        Assert.Contains("4 941 éléments ont été laissés de côté", VisibleText.Of(page.QuerySelector("#selection-trop-longue")!), StringComparison.Ordinal);

        using var huge = await client.GetAsync(new Uri($"/ma-selection?m={new string('a', 200_000)}&a={Capendu}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        var hugePage = await PortalFactory.ParseAsync(huge);
        Assert.Contains("n'est pas une adresse", VisibleText.Of(hugePage.QuerySelector("#selection-indisponibles")!), StringComparison.Ordinal);
        Assert.Single(hugePage.QuerySelectorAll("#selection-ateliers article"));

        using var csv = await client.GetAsync(new Uri($"/ma-selection.csv?{many}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
    }

    [Fact]
    public async Task The_csv_holds_one_row_per_item_separated_by_semicolons_in_utf8_with_a_byte_order_mark()
    {
        var titles = await TitlesAsync(Canteens, BudgetAdvice);
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri($"/ma-selection.csv?m={Canteens}&m={BudgetAdvice}&a={Capendu}", UriKind.Relative));

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("ma-selection.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("type;titre;adresse;ce_que_finance_l_etat;qui_peut_demander;comment_faire;qui_contacter;lieu;commune;departement;date;intervenants", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"mesure;{titles[0]};http://localhost/mesures/{Canteens};", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"mesure;{titles[1]};", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("atelier;", lines[3], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.Equal(11, CountSeparators(l)));
    }

    [Fact]
    public async Task The_selection_sets_no_cookie()
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri($"/ma-selection?m={Canteens}", UriKind.Relative));

        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static IHtmlFormElement AddForm(IHtmlDocument page) =>
        page.Forms.Single(f => f.ClassList.Contains("portal-selection-add"));

    private static IHtmlFormElement Picked(IHtmlDocument selection, string choice)
    {
        var form = selection.QuerySelector<IHtmlFormElement>("#selection-ajout")!;
        StaffBrowser.Fill(form, new() { ["ajouter"] = choice });
        return form;
    }

    private async Task<List<string>> TitlesAsync(params string[] slugs)
    {
        var titles = await _portal.ReadAsync(db => db.Measures.Where(m => slugs.Contains(m.Slug)).ToDictionaryAsync(m => m.Slug, m => m.Title));
        return [.. slugs.Select(s => titles[s])];
    }

    /// <summary>Separators outside quoted fields.</summary>
    private static int CountSeparators(string line)
    {
        var quoted = false;
        var count = 0;
        foreach (var c in line)
        {
            quoted ^= c == '"';
            count += !quoted && c == ';' ? 1 : 0;
        }
        return count;
    }
}
