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
    public async Task A_malformed_content_file_is_logged_and_skipped_and_the_portal_starts()
    {
        using var content = new ContentFolder();
        content.Write("mesures/mesure-mal-formee.md", "---\ntitle: \"Mesure\"\naxis: [pas fermé\n---\nTexte.\n");
        using var portal = new PortalFactory { ContentPath = content.Path };
        using var client = portal.CreateClient();

        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.True(portal.Logs.Entries.Any(e => e.Level == LogLevel.Error
            && e.Message.Contains("content/mesures/mesure-mal-formee.md:4:", StringComparison.Ordinal)), string.Join("\n", portal.Logs.Entries.Select(e => e.Message)));
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.Measures.AnyAsync(m => m.Slug == "mesure-mal-formee"));
        Assert.True(await db.Measures.AnyAsync(m => m.Slug == "points-conseil-budget"));
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
