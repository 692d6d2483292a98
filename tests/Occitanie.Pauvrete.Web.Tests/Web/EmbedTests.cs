using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Tests.Security;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// « Intégrer les mesures sur votre site » (issue 18, point 3): the page's form gives a snippet, the
/// block lists what the portal's own page lists with the catalogue's funding line, an address that
/// names nothing gets a French sentence, and only the block may be framed by another site.
/// </summary>
public sealed class EmbedTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private const string Meals = "assurer-un-repas-equilibre";
    private const string Canteens = "cantines-a-tarification-sociale";
    private const string BudgetAdvice = "points-conseil-budget";
    private const string Capendu = "atelier-01-cantines-tarification-sociale-capendu";

    private readonly PortalFactory _portal = shared.Portal;

    [Fact]
    public async Task The_form_without_javascript_gives_a_preview_and_a_snippet_of_absolute_address()
    {
        using var visitor = StaffBrowser.Anonymous(_portal);
        var page = await visitor.GetAsync($"/integrer?m={Canteens}&a={Capendu}");
        var form = page.QuerySelector<IHtmlFormElement>("#integrer-choix")!;
        Assert.Equal("get", form.Method, ignoreCase: true);
        var options = page.QuerySelectorAll<IHtmlOptionElement>("#integrer-quoi option").Select(o => o.Value).ToList();
        Assert.Contains("selection", options);
        Assert.Contains($"intention:{Meals}", options);
        Assert.Contains("departement:11", options);

        StaffBrowser.Fill(form, new() { ["choix"] = $"intention:{Meals}" });
        var chosen = await visitor.SubmitAsync(form);

        // The address is the choice, the selection kept for the picker.
        Assert.Equal($"/integrer?intention={Meals}&m={Canteens}&a={Capendu}", chosen.Location.PathName + chosen.Location.Search);
        Assert.True(chosen.QuerySelector<IHtmlOptionElement>($"#integrer-quoi option[value='intention:{Meals}']")!.IsSelected);
        Assert.Equal($"/integrer/bloc?intention={Meals}", chosen.QuerySelector("iframe#integrer-apercu")!.GetAttribute("src"));

        var code = chosen.QuerySelector<IHtmlTextAreaElement>("#integrer-code")!;
        Assert.True(code.IsReadOnly);
        var snippet = Snippet(code.Value);
        Assert.Equal($"{chosen.Location.Origin}/integrer/bloc?intention={Meals}", snippet.GetAttribute("src"));
        var title = await _portal.ReadAsync(db => db.Intentions.Where(i => i.Slug == Meals).Select(i => i.Title).SingleAsync());
        Assert.Equal($"Mesures de l'État : « {title} »", snippet.GetAttribute("title"));
        Assert.Equal("lazy", snippet.GetAttribute("loading"));
        // Room for the list in a usual column, the preview at the same height.
        Assert.InRange(int.Parse(snippet.GetAttribute("height")!, CultureInfo.InvariantCulture), 320, 800);
        Assert.Equal(snippet.GetAttribute("height"), chosen.QuerySelector("iframe#integrer-apercu")!.GetAttribute("height"));

        // The selection, chosen in turn, is the block of its own keys.
        StaffBrowser.Fill(chosen.QuerySelector<IHtmlFormElement>("#integrer-choix")!, new() { ["choix"] = "selection" });
        var selection = await visitor.SubmitAsync(chosen.QuerySelector<IHtmlFormElement>("#integrer-choix")!);
        Assert.Equal($"{chosen.Location.Origin}/integrer/bloc?m={Canteens}&a={Capendu}", Snippet(selection.QuerySelector<IHtmlTextAreaElement>("#integrer-code")!.Value).GetAttribute("src"));
    }

    [Fact]
    public async Task An_intention_block_lists_the_measures_of_the_intention_page_with_their_funding_and_links_that_say_they_open_a_window()
    {
        var expected = await _portal.ReadAsync(db => db.Measures.Published()
            .Where(m => m.Intentions.Any(i => i.Slug == Meals) || m.Workshops.Any(w => w.IsPublished && w.Intention!.Slug == Meals))
            .ToListAsync());
        Assert.NotEmpty(expected);

        var block = await _portal.GetDocumentAsync($"/integrer/bloc?intention={Meals}");

        var items = block.QuerySelectorAll("#bloc-mesures > li").ToList();
        Assert.Equal(expected.Select(m => m.Title).Order(), items.Select(Title).Order());
        foreach (var measure in expected)
        {
            var item = items.Single(i => Link(i).GetAttribute("href") == $"http://localhost/mesures/{measure.Slug}");
            var link = Link(item);
            Assert.Equal("_blank", link.GetAttribute("target"));
            Assert.Contains("noopener", link.GetAttribute("rel"), StringComparison.Ordinal);
            Assert.EndsWith(NewWindow, VisibleText.Of(link), StringComparison.Ordinal);
            var fact = MeasureFunding.FactOf(measure.Funding, measure.FundingAmount, measure.FundingUnit, measure.FundingPeriod);
            var funding = item.QuerySelectorAll("p").Skip(1).Select(VisibleText.Of).SingleOrDefault();
            Assert.Equal(fact is null ? null : VisibleText.Normalize($"Ce que finance l'État : {fact}"), funding is null ? null : PortalReading.Spaces(funding));
        }
        Assert.Equal($"http://localhost/je-souhaite/{Meals}", block.QuerySelector("#bloc-liste")!.GetAttribute("href"));
        Assert.StartsWith("Source : portail « Lutte contre la pauvreté en Occitanie", PortalReading.Spaces(block.QuerySelector("#bloc-source")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_departement_block_lists_the_catalogue_filtered_by_that_departement()
    {
        var catalogue = await _portal.GetDocumentAsync("/mesures?departement=11");
        var expected = catalogue.QuerySelectorAll("#mesures h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(expected);

        var block = await _portal.GetDocumentAsync("/integrer/bloc?departement=11");

        Assert.Equal("Mesures de l'État : Aude (11)", PortalReading.Spaces(block.QuerySelector("h1")!.TextContent));
        Assert.Equal(expected.Select(href => $"http://localhost{href}"), block.QuerySelectorAll("#bloc-mesures > li").Select(i => Link(i).GetAttribute("href")));
        Assert.Equal("http://localhost/mesures?departement=11", block.QuerySelector("#bloc-liste")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_selection_block_shows_its_measures_and_workshops_and_says_what_is_no_longer_online()
    {
        var titles = await _portal.ReadAsync(db => db.Measures.Where(m => m.Slug == Canteens || m.Slug == BudgetAdvice).ToDictionaryAsync(m => m.Slug, m => m.Title));

        var block = await _portal.GetDocumentAsync($"/integrer/bloc?m={Canteens}&m=mesure-retiree&m={BudgetAdvice}&a={Capendu}");

        Assert.Equal([titles[Canteens], titles[BudgetAdvice]], block.QuerySelectorAll("#bloc-mesures > li").Select(Title));
        Assert.Equal($"http://localhost/ateliers/{Capendu}", Link(block.QuerySelector("#bloc-ateliers > li")!).GetAttribute("href"));
        Assert.Contains("Un élément de cette sélection n'est pas ou plus en ligne", VisibleText.Of(block.QuerySelector("#bloc-probleme")!), StringComparison.Ordinal);
        Assert.DoesNotContain("mesure-retiree", block.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal($"http://localhost/ma-selection?m={Canteens}&m={BudgetAdvice}&a={Capendu}", block.QuerySelector("#bloc-liste")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/integrer/bloc?intention=intention-inconnue", "Cette intention n'existe pas ou plus sur le portail.")]
    [InlineData("/integrer/bloc?departement=99", "Le portail ne cite aucune mesure déjà mise en œuvre dans ce département.")]
    [InlineData("/integrer/bloc?m=mesure-retiree&a=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "Cette sélection n'a aucune mesure ni aucun atelier en ligne sur le portail.")]
    [InlineData("/integrer/bloc", "Ce bloc ne dit pas quoi afficher")]
    public async Task A_block_naming_nothing_the_portal_has_says_so_in_french(string url, string message)
    {
        using var client = _portal.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var block = await PortalFactory.ParseAsync(response);
        Assert.Contains(message, PortalReading.Spaces(block.QuerySelector("#bloc-probleme")!.TextContent), StringComparison.Ordinal);
        Assert.Empty(block.QuerySelectorAll("#bloc-mesures"));
        Assert.DoesNotContain("alert(1)", block.Body!.TextContent, StringComparison.Ordinal);
        // Still the block, in its frame: framable like any block.
        Assert.Equal(["*"], ContentSecurityPolicy.Parse(response.Headers.GetValues("Content-Security-Policy").Single())["frame-ancestors"]);
    }

    [Fact]
    public async Task The_page_for_an_unknown_intention_says_so_and_gives_no_snippet()
    {
        var page = await _portal.GetDocumentAsync("/integrer?intention=intention-inconnue");

        Assert.Contains("Cette intention n'existe pas ou plus sur le portail.", PortalReading.Spaces(page.QuerySelector("#integrer-inconnu")!.TextContent), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#integrer-code"));
        Assert.Null(page.QuerySelector("iframe"));
    }

    public static TheoryData<string, bool> Framing => new()
    {
        { $"/integrer/bloc?intention={Meals}", true },
        { "/integrer/bloc?departement=11", true },
        { $"/integrer/bloc?m={Canteens}", true },
        { "/", false },
        { $"/mesures/{Canteens}", false },
        { $"/integrer?intention={Meals}", false },
        { "/integrer/bloc/autre-chose", false },
        { "/lib/dsfr/dsfr.portal.min.css", false },
    };

    [Theory]
    [MemberData(nameof(Framing))]
    public async Task Only_the_block_may_be_framed_by_another_site(string url, bool framable)
    {
        using var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"https://{SecurityHeadersTests.PublicHost}"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = ContentSecurityPolicy.Parse(response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(framable ? ["*"] : ["'none'"], csp["frame-ancestors"]);
        Assert.Equal(framable ? [] : ["DENY"], response.Headers.TryGetValues("X-Frame-Options", out var values) ? values : []);
        // The rest of the policy is the same for both.
        Assert.Equal(["'self'"], csp["default-src"]);
        Assert.Equal(["'self'"], csp["script-src"]);
        Assert.True(csp.ContainsKey("upgrade-insecure-requests"));
    }

    [Fact]
    public async Task The_block_sets_no_cookie_and_comes_from_the_output_cache_keyed_by_its_own_parameters()
    {
        using var client = _portal.CreateClient();
        var url = $"/integrer/bloc?m={BudgetAdvice}&m={Canteens}";

        // Query values are stored from their second request (decision 0015): a commune's page shown twice.
        using var seen = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var again = await client.GetAsync(new Uri(url + "&utm_source=mairie", UriKind.Relative));
        using var other = await client.GetAsync(new Uri($"/integrer/bloc?m={BudgetAdvice}&m={Canteens}&a={Capendu}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.True(again.Headers.Contains("Age"), "a parameter the block does not read shares its cache entry");
        Assert.False(other.Headers.Contains("Age"), "another selection is another block");
        Assert.Single((await PortalFactory.ParseAsync(other)).QuerySelectorAll("#bloc-ateliers > li"));
    }

    [Fact]
    public async Task The_selection_and_the_site_map_lead_to_the_page()
    {
        var selection = await _portal.GetDocumentAsync($"/ma-selection?m={Canteens}&a={Capendu}");
        var siteMap = await _portal.GetDocumentAsync("/plan-du-site");

        Assert.Equal($"/integrer?m={Canteens}&a={Capendu}", selection.QuerySelector("#selection-integrer")!.GetAttribute("href"));
        Assert.NotNull(siteMap.QuerySelector("main a[href='/integrer']"));
    }

    private const string NewWindow = " — nouvelle fenêtre";

    private static IElement Link(IElement item) => item.QuerySelector("a")!;

    /// <summary>The title a list item's link reads, without the words that say it opens a window.</summary>
    private static string Title(IElement item)
    {
        var name = VisibleText.Of(Link(item));
        Assert.EndsWith(NewWindow, name, StringComparison.Ordinal);
        return name[..^NewWindow.Length];
    }

    /// <summary>The iframe of the snippet, parsed as the webmaster's page would.</summary>
    private static IElement Snippet(string markup) =>
        new HtmlParser().ParseDocument($"<!DOCTYPE html><title>t</title>{markup}").QuerySelector("iframe")!;
}
