using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>The read-only JSON API: the catalogue's answers, paging, problem details for bad requests, and its OpenAPI description.</summary>
public sealed class ApiTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    private async Task<(HttpStatusCode Status, string? MediaType, JsonElement Json, string Text)> GetJsonAsync(string url)
    {
        using var client = _portal.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, json.RootElement.Clone(), text);
    }

    private static List<string> Slugs(JsonElement array) =>
        array.EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToList();

    [Theory]
    [InlineData("axe=acces-aux-droits&intention=ameliorer-l-acces-aux-droits")]
    [InlineData("intention=assurer-un-repas-equilibre&tri=axe")]
    [InlineData("axe=autonomie-des-jeunes")]
    [InlineData("public=familles&departement=11")]
    [InlineData("q=creche")]
    [InlineData("")]
    public async Task The_api_gives_the_catalogue_s_measures_in_the_catalogue_s_order(string query)
    {
        var pages = await MeasureCatalogueBrowser.AllPagesAsync(_portal, "/mesures?" + query);
        var catalogue = pages.SelectMany(MeasureCatalogueBrowser.ResultSlugs).ToList();

        var (status, mediaType, json, _) = await GetJsonAsync($"/api/mesures?{query}&taille=100");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", mediaType);
        Assert.NotEmpty(catalogue);
        Assert.Equal(catalogue, Slugs(json.GetProperty("items")));
        Assert.Equal(MeasureCatalogueBrowser.AnnouncedCount(pages[0]), json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Pages_cut_the_same_list()
    {
        var (_, _, all, _) = await GetJsonAsync("/api/mesures?taille=100");
        var (status, _, second, _) = await GetJsonAsync("/api/mesures?taille=5&page=2");
        var (_, _, defaults, _) = await GetJsonAsync("/api/mesures");
        var total = all.GetProperty("total").GetInt32();
        var (_, _, beyond, _) = await GetJsonAsync($"/api/mesures?taille=5&page={(total / 5) + 2}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Slugs(all.GetProperty("items")).Skip(5).Take(5), Slugs(second.GetProperty("items")));
        Assert.Equal(total, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(5, second.GetProperty("taille").GetInt32());
        Assert.Equal(20, defaults.GetProperty("taille").GetInt32());
        Assert.Equal(1, defaults.GetProperty("page").GetInt32());
        Assert.Equal(20, defaults.GetProperty("items").GetArrayLength());
        Assert.Equal(0, beyond.GetProperty("items").GetArrayLength());
        Assert.Equal(await _portal.ReadAsync(db => db.Measures.Published().CountAsync()), total);
    }

    [Theory]
    [InlineData("page=0", "page", null)]
    [InlineData("page=deux", "page", "deux")]
    [InlineData("taille=0", "taille", null)]
    [InlineData("taille=101", "taille", null)]
    [InlineData("axe=inconnu", "axe", "« inconnu »")]
    [InlineData("intention=inconnue&axe=acces-aux-droits", "intention", "« inconnue »")]
    [InlineData("departement=99", "departement", "« 99 »")]
    [InlineData("tri=date", "tri", null)]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string query, string parameter, string? quoted)
    {
        var (status, mediaType, json, _) = await GetJsonAsync("/api/mesures?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
        var errors = json.GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(e => e.Name));
        var message = errors.GetProperty(parameter)[0].GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(message));
        if (quoted is not null)
        {
            Assert.Contains(quoted, message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_keyword_longer_than_200_characters_is_a_400()
    {
        var (status, mediaType, json, _) = await GetJsonAsync("/api/mesures?q=" + new string('a', 201));
        var (accepted, _, _, _) = await GetJsonAsync("/api/mesures?q=" + new string('a', 200));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Contains("200", json.GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted);
    }

    [Theory]
    [InlineData("/api/mesures/inconnue")]
    [InlineData("/api/inconnue")]
    public async Task An_unknown_address_is_a_404_problem(string url)
    {
        var (status, mediaType, json, _) = await GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_measure_comes_with_its_funding_contacts_workshops_and_sources()
    {
        var expected = await _portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.Slug == "cantines-a-tarification-sociale")
            .Select(m => new { m.Title, m.Axis!.Number, Intentions = m.Intentions.Select(i => i.Slug).ToList(), m.Sources })
            .SingleAsync());
        var files = expected.Sources.Select(s => s.Document).Distinct().ToList();
        var documents = await _portal.ReadAsync(db => db.SourceDocuments.Where(d => files.Contains(d.FileName)).Select(d => d.Title).ToListAsync());

        var (status, _, measure, text) = await GetJsonAsync("/api/mesures/cantines-a-tarification-sociale");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected.Title, measure.GetProperty("titre").GetString());
        Assert.Equal(expected.Number, measure.GetProperty("axe").GetProperty("numero").GetInt32());
        Assert.Equal(expected.Intentions.Order(), Slugs(measure.GetProperty("intentions")).Order());
        Assert.Equal("3 € par repas servi dans la tranche tarifaire inférieure à un euro", measure.GetProperty("financement").GetString());
        Assert.Equal(3m, measure.GetProperty("montantEuros").GetDecimal());
        Assert.False(string.IsNullOrWhiteSpace(measure.GetProperty("commentFaire").GetString()));
        Assert.Contains(measure.GetProperty("contacts").EnumerateArray(), c => c.GetProperty("telephone").GetString() == "05 49 37 56 30");
        var capendu = measure.GetProperty("ateliers").EnumerateArray().Single(a => a.GetProperty("slug").GetString() == "atelier-01-cantines-tarification-sociale-capendu");
        Assert.Equal("Capendu, Aude", capendu.GetProperty("lieu").GetString());
        Assert.Equal("1", capendu.GetProperty("numero").GetString());
        Assert.Equal(documents.Order(), measure.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("document").GetString()!).Distinct().Order());
        Assert.Equal("http://localhost/mesures/cantines-a-tarification-sociale", measure.GetProperty("url").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", measure.GetProperty("misAJour").GetString());
        // French as it is: « l'État », not « l\u0027\u00C9tat ».
        Assert.Contains("État", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_measure_carries_its_aid_record_from_the_data_and_null_where_the_sources_say_nothing()
    {
        var expected = await _portal.ReadAsync(db => db.Measures.AsNoTracking().Published()
            .Select(m => new { m.Slug, m.Applicants, m.HelpKind, m.FundingUnit, m.FundingPeriod, m.ApplicationDeadline, m.IsPermanent, m.Territory })
            .ToDictionaryAsync(m => m.Slug));

        var (_, _, list, text) = await GetJsonAsync("/api/mesures?taille=100");

        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(expected.Count, items.Count);
        Assert.All(items, item =>
        {
            var measure = expected[item.GetProperty("slug").GetString()!];
            var aid = item.GetProperty("aide");
            Assert.Equal(
                ["demandeurs", "type", "uniteFinancement", "periodeFinancement", "dateLimite", "permanent", "territoire"],
                aid.EnumerateObject().Select(p => p.Name));
            Assert.Equal(measure.Applicants.Count == 0 ? null : measure.Applicants, TextsOrNull(aid.GetProperty("demandeurs")));
            Assert.Equal(measure.HelpKind is { } kind ? ContentValues.Word(kind) : null, aid.GetProperty("type").GetString());
            Assert.Equal(measure.FundingUnit, aid.GetProperty("uniteFinancement").GetString());
            Assert.Equal(measure.FundingPeriod, aid.GetProperty("periodeFinancement").GetString());
            Assert.Equal(measure.ApplicationDeadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), aid.GetProperty("dateLimite").GetString());
            Assert.Equal(measure.IsPermanent ? JsonValueKind.True : JsonValueKind.Null, aid.GetProperty("permanent").ValueKind);
            Assert.Equal(measure.Territory, aid.GetProperty("territoire").GetString());
        });
        // The data has some of each, and a measure with none of them says null, never « non indiqué ».
        Assert.Contains(items, i => i.GetProperty("aide").GetProperty("demandeurs").ValueKind == JsonValueKind.Array);
        Assert.Contains(items, i => i.GetProperty("aide").GetProperty("type").ValueKind == JsonValueKind.Null);
        Assert.Contains(items, i => i.GetProperty("aide").GetProperty("territoire").ValueKind == JsonValueKind.String);
        Assert.DoesNotContain("non indiqu", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("non précis", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_measure_gives_its_aid_record_after_its_other_fields_and_the_service_of_its_contacts()
    {
        var expected = await _portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.Slug == "points-conseil-budget")
            .Select(m => new { m.Applicants, m.FundingUnit, m.Contacts }).SingleAsync());

        var (_, _, measure, _) = await GetJsonAsync("/api/mesures/points-conseil-budget");
        var (_, _, list, _) = await GetJsonAsync("/api/mesures?q=conseil+budget");

        var summary = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == "points-conseil-budget");
        Assert.Equal("aide", measure.EnumerateObject().Last().Name);
        Assert.Equal("aide", summary.EnumerateObject().Last().Name);
        Assert.Equal(summary.GetProperty("aide").ToString(), measure.GetProperty("aide").ToString());
        Assert.Equal(expected.Applicants, TextsOrNull(measure.GetProperty("aide").GetProperty("demandeurs")));
        Assert.Equal(expected.FundingUnit, measure.GetProperty("aide").GetProperty("uniteFinancement").GetString());
        var contacts = measure.GetProperty("contacts").EnumerateArray().ToList();
        Assert.Equal(expected.Contacts.Select(c => c.Service), contacts.Select(c => c.GetProperty("service").GetString()));
        Assert.Contains(contacts, c => c.GetProperty("service").GetString() is not null);
        Assert.Equal("service", contacts[0].EnumerateObject().Last().Name);
    }

    private static List<string>? TextsOrNull(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : [.. value.EnumerateArray().Select(v => v.GetString()!)];

    [Fact]
    public async Task Axes_and_intentions_list_the_filters_values_with_their_counts()
    {
        var perAxis = await _portal.ReadAsync(db => db.Axes.Published().OrderBy(a => a.Number)
            .Select(a => a.Measures.Count(m => m.Status == PublicationStatus.Published)).ToListAsync());

        var (_, _, axes, _) = await GetJsonAsync("/api/axes");
        var (_, _, intentions, _) = await GetJsonAsync("/api/intentions");

        Assert.Equal(6, axes.GetArrayLength());
        Assert.Equal(7, intentions.GetArrayLength());
        Assert.Equal([1, 2, 3, 4, 5, 6], axes.EnumerateArray().Select(a => a.GetProperty("numero").GetInt32()));
        Assert.Equal(perAxis, axes.EnumerateArray().Select(a => a.GetProperty("nombreDeMesures").GetInt32()));
        foreach (var intention in Slugs(intentions))
        {
            var (status, _, _, _) = await GetJsonAsync("/api/mesures?intention=" + intention);
            Assert.Equal(HttpStatusCode.OK, status);
        }
    }

    [Fact]
    public async Task Workshops_list_the_23_sessions_with_their_place_and_speakers()
    {
        var (status, _, workshops, _) = await GetJsonAsync("/api/ateliers");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(23, workshops.GetArrayLength());
        var capendu = workshops.EnumerateArray().Single(w => w.GetProperty("slug").GetString() == "atelier-01-cantines-tarification-sociale-capendu");
        Assert.Equal("atelier", capendu.GetProperty("type").GetString());
        Assert.Equal("Capendu", capendu.GetProperty("commune").GetString());
        Assert.Equal("11", capendu.GetProperty("departement").GetProperty("code").GetString());
        Assert.Equal("Aude", capendu.GetProperty("departement").GetProperty("nom").GetString());
        Assert.Contains(capendu.GetProperty("intervenants").EnumerateArray(), s =>
            s.GetProperty("nom").GetString() == "Claude Busto" && s.GetProperty("type").GetString() == "animateur");
    }

    [Fact]
    public async Task Press_releases_are_listed_latest_first()
    {
        var expected = await _portal.ReadAsync(db => db.PressReleases.Published().OrderByDescending(r => r.Date).Select(r => r.Slug).ToListAsync());

        var (_, _, releases, _) = await GetJsonAsync("/api/communiques");

        Assert.Equal(expected, Slugs(releases));
        Assert.All(releases.EnumerateArray(), r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task The_openapi_document_describes_every_api_address_in_french()
    {
        var routes = _portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal) && !p.Contains("**", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        var (status, mediaType, document, _) = await GetJsonAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", mediaType);
        var paths = document.GetProperty("paths").EnumerateObject().ToList();
        Assert.Equal(
            ["/api/ateliers", "/api/axes", "/api/communiques", "/api/intentions", "/api/mesures", "/api/mesures/{slug}"],
            paths.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(routes.Order(StringComparer.Ordinal), paths.Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var operation in paths.Select(p => p.Value.GetProperty("get")))
        {
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()));
            if (operation.TryGetProperty("parameters", out var parameters))
            {
                Assert.All(parameters.EnumerateArray(), p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString())));
            }
        }
        var measures = paths.Single(p => p.Name == "/api/mesures").Value.GetProperty("get");
        Assert.Equal(
            ["axe", "intention", "public", "porteur", "departement", "q", "tri", "page", "taille"],
            measures.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("Rechercher les mesures", measures.GetProperty("summary").GetString());
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var aid = schemas.GetProperty("ApiAidRecord").GetProperty("properties").EnumerateObject().ToList();
        Assert.Equal(["demandeurs", "type", "uniteFinancement", "periodeFinancement", "dateLimite", "permanent", "territoire"], aid.Select(p => p.Name));
        Assert.All(aid, p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString()), p.Name));
        Assert.Equal(
            ["slug", "titre", "resume", "axe", "intentions", "publics", "porteurs", "financement", "montantEuros", "url", "misAJour", "aide"],
            schemas.GetProperty("ApiMeasureSummary").GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Contains("service", schemas.GetProperty("ApiContact").GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task The_reference_page_lists_every_endpoint_with_an_example_that_works()
    {
        var (_, _, document, _) = await GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        var page = await _portal.GetDocumentAsync("/donnees/api");

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("nav.fr-breadcrumb [aria-current=page]"));
        Assert.NotNull(page.QuerySelector("nav.fr-breadcrumb a[href='/donnees']"));
        var headings = page.QuerySelectorAll("h3").Select(VisibleText.Of).ToList();
        Assert.All(paths, path => Assert.Contains(headings, h => h.StartsWith($"GET {path} — ", StringComparison.Ordinal)));
        var examples = page.QuerySelectorAll("a.portal-api-example").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(paths.Count, examples.Count);
        foreach (var example in examples)
        {
            var (status, _, _, _) = await GetJsonAsync(example);
            Assert.Equal(HttpStatusCode.OK, status);
        }
        using var sample = JsonDocument.Parse(page.QuerySelector(".portal-code code")!.TextContent);
        Assert.True(sample.RootElement.GetProperty("items").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Any_site_may_read_the_api_and_the_files_from_a_browser()
    {
        using var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Add("Origin", "https://carto.example.org");

        using var api = await client.GetAsync(new Uri("/api/axes", UriKind.Relative));
        using var csv = await client.GetAsync(new Uri("/donnees/mesures.csv", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/mesures", UriKind.Relative));

        Assert.Equal("*", api.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("*", csv.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(page.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
