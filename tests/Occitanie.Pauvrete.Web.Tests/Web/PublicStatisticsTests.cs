using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Statistics;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// « Statistiques » (decision 0024): the portal counts the pages people read — cached answers
/// included, robots, HEAD, prefetches, files, the admin and errors excluded — and the searches,
/// keeps nothing about the reader, and several instances add their counts together.
/// Each test starts its own portal: the counts must be exactly those of its requests.
/// </summary>
public sealed class PublicStatisticsTests
{
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private const string Measure = "/mesures/points-conseil-budget";
    private const string Intention = "/je-souhaite/assurer-un-repas-equilibre";
    private const string Release = "/communiques/2024-05-24-bilan-2023-transition-pacte-des-solidarites";

    [Fact]
    public async Task The_statistics_page_shows_exactly_the_pages_people_read_and_their_searches()
    {
        using var portal = new PortalFactory();
        var before = await portal.GetDocumentAsync("/statistiques");
        Assert.NotNull(before.QuerySelector("#statistiques-vide"));

        using var reader = Reader(portal);
        // The measure three times (the second and third from the output cache), once more as /Mesures/…/.
        for (var i = 0; i < 3; i++)
        {
            using var view = await GetAsync(reader, Measure);
            Assert.Equal(i > 0, view.Headers.Contains("Age"));
            Assert.False(view.Headers.Contains("Set-Cookie"), "counting a reader sets no cookie");
        }
        await GetAsync(reader, "/Mesures/points-conseil-budget/");
        await GetAsync(reader, Intention);
        await GetAsync(reader, Intention);
        await GetAsync(reader, Release);
        // Two searches (one cached), the search page without words (a page, no search), a catalogue keyword that finds nothing (both).
        await GetAsync(reader, "/recherche?q=creche");
        await GetAsync(reader, "/recherche?q=creche");
        await GetAsync(reader, "/recherche");
        await GetAsync(reader, "/mesures?q=introuvablexyz");
        // A search's second page: a page read, the same search.
        await GetAsync(reader, "/recherche?q=emploi&page=2");

        // None of these counts.
        await GetAsync(reader, Measure, ("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
        await GetAsync(reader, Measure, ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36"));
        await GetAsync(reader, Measure, ("Sec-Purpose", "prefetch"));
        await GetAsync(reader, Measure, ("Purpose", "prefetch"));
        using (var anonymous = portal.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(Measure, UriKind.Relative))).StatusCode);
        }
        using (var head = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, Measure)))
        {
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        }
        var stylesheet = before.QuerySelector("link[rel='stylesheet'][href^='/css/portal']")!.GetAttribute("href")!;
        await GetAsync(reader, stylesheet);
        await GetAsync(reader, "/api/mesures");
        await GetAsync(reader, "/communiques/flux.xml");
        await GetAsync(reader, "/mesures/une-mesure-inventee", expected: HttpStatusCode.NotFound);
        await GetAsync(reader, "/une-page-inventee?x=1", expected: HttpStatusCode.NotFound);
        using (var staff = Reader(portal, new Uri("https://localhost")))
        {
            await GetAsync(staff, "/admin/connexion");
        }

        await portal.Services.GetRequiredService<PageViewCounter>().FlushAsync(CancellationToken.None);

        var rows = await portal.ReadAsync(db => db.PageViewCounts.AsNoTracking().ToDictionaryAsync(c => c.Path, c => c.Count));
        Assert.Equal(
            new Dictionary<string, int> { [Measure] = 4, [Intention] = 2, [Release] = 1, ["/recherche"] = 4, ["/mesures"] = 1 }.OrderBy(r => r.Key, StringComparer.Ordinal),
            rows.OrderBy(r => r.Key, StringComparer.Ordinal));

        var page = await portal.GetDocumentAsync("/statistiques");
        Assert.Null(page.QuerySelector("#statistiques-vide"));
        var titles = await portal.ReadAsync(async db => new
        {
            Measure = await db.Measures.Where(m => "/mesures/" + m.Slug == Measure).Select(m => m.Title).SingleAsync(),
            Intention = await db.Intentions.Where(i => "/je-souhaite/" + i.Slug == Intention).Select(i => i.Title).SingleAsync(),
            Release = await db.PressReleases.Where(r => "/communiques/" + r.Slug == Release).Select(r => r.Title).SingleAsync(),
        });
        Assert.Equal([(titles.Measure, "4")], TableRows(page, "mesures"));
        Assert.Equal([(titles.Intention, "2")], TableRows(page, "intentions"));
        Assert.Equal([(titles.Release, "1")], TableRows(page, "communiques"));
        Assert.Contains(page.QuerySelectorAll("#mesures .portal-bars a"), a => a.GetAttribute("href") == Measure);
        var month = ParisTime.Today.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"));
        Assert.Equal((month, "12"), TableRows(page, "visites")[^1]);
        Assert.Equal((month, "3"), TableRows(page, "recherches")[^1]);
        // A search without result typed on one day only is not published.
        Assert.Null(page.QuerySelector("#recherches-sans-resultat"));
        Assert.DoesNotContain("introuvablexyz", page.Body!.TextContent, StringComparison.Ordinal);

        // Writing the counts left the public pages in the output cache.
        using var after = await GetAsync(reader, Measure);
        Assert.True(after.Headers.Contains("Age"), "writing the statistics should not evict the cached pages");
    }

    [Fact]
    public async Task The_counts_hold_a_day_a_page_and_a_number_and_nothing_about_the_reader()
    {
        using var portal = new PortalFactory();
        var address = TestClientAddress.Next();
        using (var reader = Reader(portal))
        {
            reader.DefaultRequestHeaders.Remove(TestClientAddress.Header);
            reader.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
            await GetAsync(reader, Measure);
            await GetAsync(reader, "/recherche?q=creche");
        }
        await portal.Services.GetRequiredService<PageViewCounter>().FlushAsync(CancellationToken.None);

        // The tables themselves, as the database has them, and the model both providers migrate.
        Assert.Equal(["Count", "Day", "Id", "Path"], await ColumnsAsync(portal, "PageViewCounts"));
        Assert.Equal(["Count", "Day", "Id"], await ColumnsAsync(portal, "SearchCounts"));
        await portal.ReadAsync(db =>
        {
            Assert.Equal(["Count", "Day", "Id", "Path"], db.Model.FindEntityType(typeof(PageViewCount))!.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal(["Count", "Day", "Id"], db.Model.FindEntityType(typeof(SearchCount))!.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
            return Task.FromResult(0);
        });

        // Every value of every row: the page, the day, the number; no address, user agent or cookie.
        var values = await portal.ReadAsync(async db =>
            (await db.PageViewCounts.AsNoTracking().Select(c => new { c.Day, c.Path, c.Count }).ToListAsync()).Select(c => $"{c.Day:O} {c.Path} {c.Count}")
            .Concat((await db.SearchCounts.AsNoTracking().Select(c => new { c.Day, c.Count }).ToListAsync()).Select(c => $"{c.Day:O} {c.Count}"))
            .ToList());
        Assert.Equal(3, values.Count);
        Assert.All(values, v =>
        {
            Assert.DoesNotContain(address, v, StringComparison.Ordinal);
            Assert.DoesNotContain("Mozilla", v, StringComparison.Ordinal);
            Assert.DoesNotContain("creche", v, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Two_instances_on_one_database_add_their_counts_together()
    {
        using var database = TestDatabase.CopyOfImportedContent();
        using var first = new PortalFactory { Database = database };
        using var second = new PortalFactory { Database = database };
        foreach (var portal in new[] { first, second })
        {
            using var reader = Reader(portal);
            await GetAsync(reader, Measure);
            await GetAsync(reader, Measure);
            await GetAsync(reader, "/recherche?q=creche");
        }

        // Both at once: the second to insert a row finds the first's and adds to it.
        await Task.WhenAll(
            first.Services.GetRequiredService<PageViewCounter>().FlushAsync(CancellationToken.None),
            second.Services.GetRequiredService<PageViewCounter>().FlushAsync(CancellationToken.None));

        foreach (var portal in new[] { first, second })
        {
            var page = await portal.GetDocumentAsync("/statistiques");
            Assert.Equal("4", TableRows(page, "mesures").Single().Count);
            Assert.Equal("6", TableRows(page, "visites")[^1].Count);
            Assert.Equal("2", TableRows(page, "recherches")[^1].Count);
        }
    }

    /// <summary>A browser's client: its user agent, an address of its own.</summary>
    private static HttpClient Reader(PortalFactory portal, Uri? baseAddress = null)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = baseAddress ?? new Uri("http://localhost"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("User-Agent", Browser);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, TestClientAddress.Next());
        return client;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, (string Name, string Value)? header = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (header is { } h)
        {
            request.Headers.Remove(h.Name);
            request.Headers.TryAddWithoutValidation(h.Name, h.Value);
        }
        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == expected, $"{url} answered {(int)response.StatusCode}, not {(int)expected}");
        // Read whole, as a browser would: the count is made once the answer is sent.
        await response.Content.ReadAsByteArrayAsync();
        return response;
    }

    /// <summary>The rows of a statistic's table: label, count as written.</summary>
    private static List<(string Label, string Count)> TableRows(IHtmlDocument page, string id) =>
        [.. page.QuerySelectorAll($"#{id}-tableau tbody tr").Select(r => (VisibleText.Of(r.QuerySelector("th")!), VisibleText.Of(r.QuerySelector("td")!)))];

    private static Task<List<string>> ColumnsAsync(PortalFactory portal, string table) =>
        portal.ReadAsync(db => db.Database.SqlQuery<string>($"SELECT name AS Value FROM pragma_table_info({table}) ORDER BY name").ToListAsync());
}
