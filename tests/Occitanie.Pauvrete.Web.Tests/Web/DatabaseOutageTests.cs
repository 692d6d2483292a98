using System.Net;
using Microsoft.Data.Sqlite;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>The database goes away: health says so, pages answer the DSFR 503, and the site comes back with the database.</summary>
public sealed class DatabaseOutageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Without_its_database_the_portal_answers_503_and_recovers_by_itself()
    {
        using var client = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        var file = new SqliteConnectionStringBuilder(portal.Database.ConnectionString).DataSource;
        var away = file + ".ailleurs";

        File.Move(file, away);
        try
        {
            // SQLite makes an empty file in its place: no table answers.
            using var page = await client.GetAsync(new Uri("/mesures?q=panne", UriKind.Relative));
            var document = await PortalFactory.ParseAsync(page);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal("Service indisponible", document.QuerySelector("h1")?.TextContent.Trim());
            Assert.NotNull(document.QuerySelector("header.fr-header"));
            Assert.Equal("30", page.Headers.GetValues("Retry-After").Single());
            using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
        }
        finally
        {
            File.Delete(file);
            File.Move(away, file);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/mesures?q=reprise", UriKind.Relative))).StatusCode);
    }
}
