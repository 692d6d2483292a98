using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// Each public page reads the database in a few queries, whatever the number of items it shows:
/// the catalogue lists ~70 measures, the ateliers 23 sessions, so one query per item would show.
/// </summary>
public sealed class QueryCountTests(CountingPortal portal) : IClassFixture<CountingPortal>
{
    // The home page and the site map read about nine kinds of content, one query each; one query
    // per measure or session would give 25 to 80.
    private const int MaxQueriesPerPage = 12;

    [Theory]
    [InlineData("/")]
    [InlineData("/mesures")]
    [InlineData("/mesures?axe=acces-aux-droits")]
    [InlineData("/mesures/cantines-a-tarification-sociale")]
    [InlineData("/je-souhaite/ameliorer-l-acces-aux-droits")]
    [InlineData("/ateliers")]
    [InlineData("/ateliers/atelier-01-cantines-tarification-sociale-capendu")]
    [InlineData("/axes/acces-aux-droits")]
    [InlineData("/conferences/conference-regionale-des-elus-2021")]
    [InlineData("/communiques")]
    [InlineData("/communiques?annee=2021")]
    [InlineData("/communiques/2024-05-24-bilan-2023-transition-pacte-des-solidarites")]
    [InlineData("/communiques/contacts-presse")]
    [InlineData("/communiques/flux.xml")]
    [InlineData("/plan-du-site")]
    public async Task A_page_runs_a_few_queries_not_one_per_item(string url)
    {
        using var client = portal.CreateClient();
        // A query string nobody else asks keeps the output cache out of the count.
        var uncached = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "compte=" + Guid.NewGuid().ToString("N");
        portal.Queries.Reset();

        using var response = await client.GetAsync(new Uri(uncached, UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.InRange(portal.Queries.Count, 1, MaxQueriesPerPage);
    }
}
