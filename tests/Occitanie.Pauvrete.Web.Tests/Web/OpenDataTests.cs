using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>/donnees: each dataset as CSV, JSON and Table Schema, documented on the page, following data.gouv.fr's conventions.</summary>
public sealed class OpenDataTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    /// <summary>The Table Schema types the portal's columns use.</summary>
    private static readonly string[] _tableSchemaTypes = ["string", "integer", "number", "date", "datetime", "boolean"];

    public static TheoryData<string> Datasets => ["mesures", "ateliers", "communiques"];

    /// <summary>The published items of a dataset: their slugs and latest change, from the database.</summary>
    private Task<List<(string Slug, DateTime UpdatedAt)>> PublishedAsync(string dataset) => _portal.ReadAsync(async db => dataset switch
    {
        "mesures" => (await db.Measures.Published().Select(m => new { m.Slug, m.UpdatedAt }).ToListAsync()).Select(m => (m.Slug, m.UpdatedAt)).ToList(),
        "ateliers" => (await db.Workshops.Published().Select(w => new { w.Slug, w.UpdatedAt }).ToListAsync()).Select(w => (w.Slug, w.UpdatedAt)).ToList(),
        _ => (await db.PressReleases.Published().Select(r => new { r.Slug, r.UpdatedAt }).ToListAsync()).Select(r => (r.Slug, r.UpdatedAt)).ToList(),
    });

    private static List<string> DocumentedColumns(IHtmlDocument page, string dataset) =>
        page.QuerySelectorAll($"table#colonnes-{dataset} tbody tr th code").Select(c => c.TextContent.Trim()).ToList();

    private async Task<(byte[] Body, HttpResponseMessage Response)> DownloadAsync(string url)
    {
        using var client = _portal.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (await response.Content.ReadAsByteArrayAsync(), response);
    }

    /// <summary>The header and the rows of a CSV, read by CsvHelper; every row must have as many fields as the header.</summary>
    private static (List<string> Header, List<Dictionary<string, string>> Rows) ParseCsv(byte[] body)
    {
        using var reader = new StreamReader(new MemoryStream(body), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        Assert.True(csv.Read());
        Assert.True(csv.ReadHeader());
        var header = csv.HeaderRecord!.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            Assert.Equal(header.Count, csv.Parser.Count);
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h)!));
        }
        return (header, rows);
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public async Task The_csv_has_a_bom_the_documented_columns_and_one_row_per_published_item(string dataset)
    {
        var published = await PublishedAsync(dataset);
        var page = await _portal.GetDocumentAsync("/donnees");

        var (body, response) = await DownloadAsync($"/donnees/{dataset}.csv");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        }
        var (header, rows) = ParseCsv(body);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, body[..3]);
        Assert.NotEmpty(published);
        Assert.Equal(DocumentedColumns(page, dataset), header);
        Assert.Equal(published.Select(p => p.Slug).Order(StringComparer.Ordinal), rows.Select(r => r["slug"]).Order(StringComparer.Ordinal));
        // The dataset's name is also the first segment of its items' pages.
        Assert.All(rows, r => Assert.Equal($"http://localhost/{dataset}/{r["slug"]}", r["url"]));
    }

    [Fact]
    public async Task The_csv_keeps_accents_dates_numbers_and_lists_as_documented()
    {
        var (measures, _) = await DownloadAsync("/donnees/mesures.csv");
        var (workshops, _) = await DownloadAsync("/donnees/ateliers.csv");
        var (releases, _) = await DownloadAsync("/donnees/communiques.csv");
        var creches = await _portal.ReadAsync(db => db.Measures.Published().Where(m => m.Title.StartsWith("Crèches")).Select(m => m.Title).FirstAsync());

        var measureRows = ParseCsv(measures).Rows;
        var canteens = measureRows.Single(r => r["slug"] == "cantines-a-tarification-sociale");
        var capendu = ParseCsv(workshops).Rows.Single(r => r["slug"] == "atelier-01-cantines-tarification-sociale-capendu");
        var releaseRows = ParseCsv(releases).Rows;

        Assert.Contains(measureRows, r => r["titre"] == creches);
        Assert.Contains("é", Encoding.UTF8.GetString(measures), StringComparison.Ordinal);
        Assert.Equal("3 € par repas servi dans la tranche tarifaire inférieure à un euro", canteens["financement"]);
        Assert.Equal("3", canteens["montant_euros"]);
        Assert.Contains("Familles", canteens["publics"].Split(" | "));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", canteens["mis_a_jour"]);
        Assert.Equal("11", capendu["departement_code"]);
        Assert.Equal("Aude", capendu["departement"]);
        Assert.Equal("Capendu", capendu["commune"]);
        Assert.Contains("Claude Busto — maire de Capendu (animateur)", capendu["intervenants"].Split(" | "));
        Assert.Contains("cantines-a-tarification-sociale", capendu["mesures"].Split(" | "));
        Assert.All(releaseRows, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r["date"]));
        Assert.All(measureRows.Where(r => r["montant_euros"] != ""), r =>
            Assert.True(decimal.TryParse(r["montant_euros"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _), r["montant_euros"]));
    }

    [Fact]
    public async Task The_measures_carry_their_aid_record_in_columns_added_at_the_end_empty_where_the_sources_say_nothing()
    {
        var expected = await _portal.ReadAsync(db => db.Measures.AsNoTracking().Published()
            .Select(m => new { m.Slug, m.Applicants, m.HelpKind, m.FundingUnit, m.FundingPeriod, m.ApplicationDeadline, m.IsPermanent, m.Territory, m.Contacts })
            .ToDictionaryAsync(m => m.Slug));
        var (csv, _) = await DownloadAsync("/donnees/mesures.csv");
        var (json, _) = await DownloadAsync("/donnees/mesures.json");

        var (header, rows) = ParseCsv(csv);
        using var items = JsonDocument.Parse(json);

        Assert.Equal(
            ["slug", "titre", "axe_numero", "axe", "intentions", "publics", "porteurs", "financement", "montant_euros", "resume", "url", "sources", "mis_a_jour",
                "demandeurs", "type_aide", "unite_financement", "periode_financement", "date_limite", "permanent", "territoire", "services_contacts"],
            header);
        Assert.All(rows, row =>
        {
            var measure = expected[row["slug"]];
            Assert.Equal(string.Join(" | ", measure.Applicants), row["demandeurs"]);
            Assert.Equal(measure.HelpKind is { } kind ? ContentValues.Word(kind) : "", row["type_aide"]);
            Assert.Equal(measure.FundingUnit ?? "", row["unite_financement"]);
            Assert.Equal(measure.FundingPeriod ?? "", row["periode_financement"]);
            Assert.Equal(measure.ApplicationDeadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", row["date_limite"]);
            Assert.Equal(measure.IsPermanent ? "true" : "", row["permanent"]);
            Assert.Equal(measure.Territory ?? "", row["territoire"]);
            Assert.Equal(string.Join(" | ", measure.Contacts.Select(c => c.Service).OfType<string>().Distinct()), row["services_contacts"]);
        });
        Assert.Contains(rows, r => r["type_aide"] == "structure-a-demultiplier");
        Assert.Contains(rows, r => r["services_contacts"] != "");
        Assert.All(items.RootElement.EnumerateArray(), item =>
        {
            var measure = expected[item.GetProperty("slug").GetString()!];
            Assert.Equal(measure.Applicants, item.GetProperty("demandeurs").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal(measure.IsPermanent ? JsonValueKind.True : JsonValueKind.Null, item.GetProperty("permanent").ValueKind);
            Assert.Equal(measure.Territory is null ? JsonValueKind.Null : JsonValueKind.String, item.GetProperty("territoire").ValueKind);
        });
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public async Task The_table_schema_describes_every_column_of_the_csv(string dataset)
    {
        var (csv, _) = await DownloadAsync($"/donnees/{dataset}.csv");
        var (schema, response) = await DownloadAsync($"/donnees/{dataset}.schema.json");
        using (response)
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        }

        using var json = JsonDocument.Parse(schema);
        var fields = json.RootElement.GetProperty("fields").EnumerateArray().ToList();

        Assert.Equal(ParseCsv(csv).Header, fields.Select(f => f.GetProperty("name").GetString()));
        Assert.All(fields, f => Assert.Contains(f.GetProperty("type").GetString(), _tableSchemaTypes));
        Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString())));
        Assert.Equal("slug", json.RootElement.GetProperty("primaryKey").GetString());
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public async Task The_json_file_holds_the_same_rows_and_columns_as_the_csv(string dataset)
    {
        var (csv, _) = await DownloadAsync($"/donnees/{dataset}.csv");
        var (body, response) = await DownloadAsync($"/donnees/{dataset}.json");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        }
        var (header, rows) = ParseCsv(csv);

        using var json = JsonDocument.Parse(body);
        var items = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(rows.Select(r => r["slug"]), items.Select(i => i.GetProperty("slug").GetString()));
        Assert.All(items, i => Assert.Equal(header, i.EnumerateObject().Select(p => p.Name)));
        Assert.Contains("é", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_documents_each_dataset_with_its_licence_date_links_and_columns()
    {
        var page = await _portal.GetDocumentAsync("/donnees");

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Données ouvertes", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("nav.fr-breadcrumb [aria-current=page]"));
        var licence = page.QuerySelector("#licence-lien")!;
        Assert.Equal("Licence Ouverte / Open Licence version 2.0", licence.TextContent.Trim());
        Assert.Contains("etalab", licence.GetAttribute("href")!, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/donnees/api']"));
        Assert.NotNull(page.QuerySelector("a[href='/openapi/v1.json']"));
        foreach (var dataset in Datasets)
        {
            var published = await PublishedAsync(dataset);
            var section = page.GetElementById(dataset)!.ParentElement!;
            var latest = FrenchFormat.Date(DateOnly.FromDateTime(published.Max(p => p.UpdatedAt)));

            Assert.Equal(latest, VisibleText.Of(section.QuerySelector(".portal-dataset-date")!));
            Assert.Contains($"{published.Count} lignes", VisibleText.Of(section), StringComparison.Ordinal);
            Assert.Equal(
                [$"/donnees/{dataset}.csv", $"/donnees/{dataset}.json", $"/donnees/{dataset}.schema.json"],
                section.QuerySelectorAll($"#{dataset}-fichiers a").Select(a => a.GetAttribute("href")));
            Assert.All(section.QuerySelectorAll($"table#colonnes-{dataset} tbody tr"), row => Assert.Equal(3, row.Children.Length));
            Assert.NotEmpty(DocumentedColumns(page, dataset));
        }
    }

    [Fact]
    public async Task The_table_of_columns_scrolls_with_the_keyboard()
    {
        var page = await _portal.GetDocumentAsync("/donnees");

        var containers = page.QuerySelectorAll(".fr-table__container");

        Assert.Equal(3, containers.Length);
        Assert.All(containers, c =>
        {
            Assert.Equal("0", c.GetAttribute("tabindex"));
            Assert.Equal("region", c.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(c.GetAttribute("aria-label")));
        });
    }

    [Fact]
    public async Task An_unknown_dataset_is_not_found()
    {
        using var client = _portal.CreateClient();

        using var csv = await client.GetAsync(new Uri("/donnees/inconnu.csv", UriKind.Relative));
        using var schema = await client.GetAsync(new Uri("/donnees/inconnu.schema.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, schema.StatusCode);
    }

    [Fact]
    public async Task The_site_map_links_to_the_open_data_and_the_api_reference()
    {
        var page = await _portal.GetDocumentAsync("/plan-du-site");

        var links = page.QuerySelectorAll("#site-map a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/donnees", links);
        Assert.Contains("/donnees/api", links);
    }
}
