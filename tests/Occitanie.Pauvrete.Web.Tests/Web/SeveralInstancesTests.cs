using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Startup;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// Two instances of the portal on one database, as behind a load balancer: a save through the
/// admin of one reaches the public pages and the search of the other within seconds, by the
/// content stamp each instance reads (ContentChangeWatcher), with no restart and no cache expiry;
/// each instance caching in memory, or both in one Redis (<c>OutputCache:Redis</c>).
/// </summary>
[StartsEarly("the other instance's content watcher, which ticks every 2 seconds, and a redis-server of its own")]
public sealed class SeveralInstancesTests : IDisposable
{
    private const string Slug = "points-conseil-budget";
    private const string Witness = "ornithorynque";

    private readonly TestDatabase _database = TestDatabase.CopyOfImportedContent();

    [Fact]
    public async Task A_save_on_one_instance_reaches_the_page_and_the_search_of_the_other_within_ten_seconds()
    {
        using var first = new PortalFactory { Database = _database };
        using var second = new PortalFactory { Database = _database };
        await A_save_on_the_first_reaches_the_second(first, second);
    }

    [Fact]
    public async Task With_a_shared_Redis_output_cache_a_save_on_one_instance_reaches_the_other_within_ten_seconds()
    {
        using var redis = new RedisServer();
        using var first = new RedisPortal(redis) { Database = _database };
        using var second = new RedisPortal(redis) { Database = _database };
        await A_save_on_the_first_reaches_the_second(first, second);

        // The pages were cached in Redis, not in the instances' memory.
        Assert.Contains(redis.Keys(), k => k.StartsWith("occitanie-pauvrete:", StringComparison.Ordinal));
    }

    private static async Task A_save_on_the_first_reaches_the_second(PortalFactory first, PortalFactory second)
    {
        var before = await second.GetDocumentAsync($"/mesures/{Slug}");
        var searchBefore = await second.GetDocumentAsync($"/recherche?q={Witness}");
        Assert.DoesNotContain(Witness, before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(searchBefore.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/mesures/{Slug}");

        using var staff = await StaffBrowser.SignInAsync(first);
        var measure = await first.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Slug == Slug));
        var form = StaffBrowser.EditForm(await staff.GetAsync($"/admin/mesures/{measure.Id}"));
        StaffBrowser.Fill(form, new() { ["Body"] = measure.Body + $"\n\nMot témoin : {Witness}." });
        var saved = await staff.SubmitAsync(form, "Enregistrer (visible aussitôt)");
        Assert.NotNull(saved.QuerySelector(".fr-alert--success"));

        // The second instance's cached page and index are older than the save: it must learn of it itself.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        bool pageShows, searchFinds;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            var page = await second.GetDocumentAsync($"/mesures/{Slug}");
            var search = await second.GetDocumentAsync($"/recherche?q={Witness}");
            pageShows = page.QuerySelector("main")!.TextContent.Contains(Witness, StringComparison.Ordinal);
            searchFinds = search.QuerySelectorAll("main a").Any(a => a.GetAttribute("href") == $"/mesures/{Slug}");
        }
        while (!(pageShows && searchFinds) && DateTime.UtcNow < deadline);

        Assert.True(pageShows, "the second instance's page should show the save within 10 s");
        Assert.True(searchFinds, "the second instance's search should find the saved word within 10 s");
    }

    public void Dispose() => _database.Dispose();

    private sealed class RedisPortal(RedisServer redis) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(WebSetup.RedisOutputCacheKey, redis.Configuration);
        }
    }
}
