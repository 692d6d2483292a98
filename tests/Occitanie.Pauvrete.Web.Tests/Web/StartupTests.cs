using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>What start-up does to the database: fill it once, never twice, and survive a bad file.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task A_restart_adds_nothing()
    {
        using var database = new TestDatabase(migrate: false);
        var first = await StartAndCountAsync(database);

        var second = await StartAndCountAsync(database);

        Assert.True(first.Axes == 6 && first.Measures > 0 && first.Revisions > 0, $"{first}");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_restart_on_an_up_to_date_database_reads_no_content_until_a_file_changes()
    {
        using var content = new ContentFolder();
        using var database = new TestDatabase(migrate: false);
        var title = await StartAsync(content, database);
        Assert.Equal("Points conseil budget (PCB)", title.Value);
        Assert.True(title.Imported, "the first start imports content/");

        var restart = await StartAsync(content, database);
        Assert.False(restart.Imported, "a restart with the same content/ and build should not import");

        var file = "mesures/points-conseil-budget.md";
        content.Write(file, content.Read(file).Replace("title: \"Points conseil budget (PCB)\"", "title: \"Points conseil budget (titre revu)\"", StringComparison.Ordinal));
        var afterChange = await StartAsync(content, database);
        Assert.True(afterChange.Imported, "a changed file should be imported at the next start");
        Assert.Equal("Points conseil budget (titre revu)", afterChange.Value);
    }

    private static async Task<(bool Imported, string Value)> StartAsync(ContentFolder content, TestDatabase database)
    {
        using var portal = new PortalFactory { Database = database, ContentPath = content.Path };
        using var client = portal.CreateClient();
        using var page = await client.GetAsync(new Uri("/mesures/points-conseil-budget", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var imported = portal.Logs.Entries.Any(e => e.Message.StartsWith("Content import from", StringComparison.Ordinal));
        var skipped = portal.Logs.Entries.Any(e => e.Message.StartsWith("Content import skipped", StringComparison.Ordinal));
        Assert.NotEqual(imported, skipped);
        return (imported, await portal.ReadAsync(db => db.Measures.Where(m => m.Slug == "points-conseil-budget").Select(m => m.Title).SingleAsync()));
    }

    [Fact]
    public async Task Malformed_and_hostile_content_files_are_logged_and_skipped_and_the_portal_starts_and_restarts()
    {
        const string measure = "---\ntitle: \"Titre\"\naxis: acces-aux-droits\nsources: [{ document: 003_07d57dd302962500.txt }]\n";
        using var content = new ContentFolder();
        content.Write("mesures/mesure-mal-formee.md", "---\ntitle: \"Mesure\"\naxis: [pas fermé\n---\nTexte.\n");
        // An alias bomb, a text nested past Markdig's limit, a title longer than its column, a link to a file elsewhere.
        content.Write("mesures/bombe.md", measure + "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\nTexte.\n");
        content.Write("mesures/profonde.md", measure + "---\n" + new string('>', 130) + "\n");
        content.Write("mesures/titre-trop-long.md", measure.Replace("\"Titre\"", $"\"{new string('a', 600)}\"", StringComparison.Ordinal) + "---\nTexte.\n");
        content.Write("ailleurs/lien.md", measure + "---\nTexte venu d'ailleurs.\n");
        File.CreateSymbolicLink(Path.Combine(content.Path, "mesures", "lien.md"), Path.Combine(content.Path, "ailleurs", "lien.md"));
        using var portal = new PortalFactory { ContentPath = content.Path };
        using var client = portal.CreateClient();

        foreach (var url in new[] { "/", "/mesures", "/communiques/flux.xml", "/recherche?q=budget" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        }
        foreach (var file in new[] { "mesure-mal-formee.md:4:", "bombe.md:5: YAML anchors", "profonde.md:1:", "titre-trop-long.md:2: 'title' has 600 characters", "lien.md:1: the file is a symbolic link" })
        {
            Assert.True(portal.Logs.Entries.Any(e => e.Level == LogLevel.Error
                && e.Message.Contains("content/mesures/" + file, StringComparison.Ordinal)), file + "\n" + string.Join("\n", portal.Logs.Entries.Select(e => e.Message)));
        }
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.Equal(["points-conseil-budget"], await db.Measures.Where(m => new[] { "mesure-mal-formee", "bombe", "profonde", "titre-trop-long", "lien", "points-conseil-budget" }.Contains(m.Slug)).Select(m => m.Slug).ToListAsync());
        }

        using var restarted = new PortalFactory { ContentPath = content.Path, Database = portal.Database };
        using var again = restarted.CreateClient();
        using var home = await again.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    private static async Task<Counts> StartAndCountAsync(TestDatabase database)
    {
        using var portal = new PortalFactory { Database = database };
        using var client = portal.CreateClient();
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return new Counts(
            await db.Axes.CountAsync(),
            await db.Measures.CountAsync(),
            await db.Workshops.CountAsync(),
            await db.PressReleases.CountAsync(),
            await db.Revisions.CountAsync(),
            await db.Users.CountAsync());
    }

    private sealed record Counts(int Axes, int Measures, int Workshops, int PressReleases, int Revisions, int Users);
}
