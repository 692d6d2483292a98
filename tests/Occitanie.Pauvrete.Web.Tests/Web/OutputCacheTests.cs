using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>Public pages come from the output cache until the content changes, then show the change at once.</summary>
public sealed class OutputCacheTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Url = "/mesures/points-conseil-budget";

    [Fact]
    public async Task A_public_page_is_served_from_the_cache_the_second_time()
    {
        using var client = portal.CreateClient();

        using var first = await client.GetAsync(new Uri("/axes", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/axes", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(first.Headers.Contains("Age"));
        Assert.True(second.Headers.Contains("Age"), "the second answer should come from the output cache");
    }

    [Fact]
    public async Task A_saved_change_evicts_the_cached_pages_and_the_search_sees_it()
    {
        var before = await portal.GetDocumentAsync(Url);
        await portal.GetDocumentAsync("/recherche?q=surendettement");
        Assert.DoesNotContain("Titre revu par la rédaction", before.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var measure = await db.Measures.SingleAsync(m => m.Slug == "points-conseil-budget");
            measure.Title = "Points conseil budget (Titre revu par la rédaction)";
            measure.UpdatedBy = "redactrice@occitanie.gouv.fr";
            await db.SaveChangesAsync();
        }

        var after = await portal.GetDocumentAsync(Url);
        var search = await portal.GetDocumentAsync("/recherche?q=surendettement");
        Assert.Contains("Titre revu par la rédaction", after.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Titre revu par la rédaction", search.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_passwords_and_sign_ins_keep_the_cached_pages()
    {
        using var client = portal.CreateClient();
        using (await client.GetAsync(new Uri("/conferences", UriKind.Relative)))
        {
        }

        // A failed password and a sign-in both save to the database (failure count, security stamp).
        using var stranger = StaffBrowser.Anonymous(portal);
        var failed = await stranger.SignInWithAsync(PortalFactory.AdminEmail, "pas-le-bon-mot-de-passe");
        Assert.NotNull(failed.QuerySelector(".fr-alert--error"));
        using var staff = await StaffBrowser.SignInAsync(portal);

        using var after = await client.GetAsync(new Uri("/conferences", UriKind.Relative));
        Assert.True(after.Headers.Contains("Age"), "a save that changes no content should leave the public pages in the cache");
    }

    [Fact]
    public async Task Parameters_a_page_does_not_read_share_its_one_cache_entry()
    {
        using var client = portal.CreateClient();
        using (await client.GetAsync(new Uri("/mesures", UriKind.Relative)))
        {
        }

        // Each answer is a hit on the entry of /mesures: nothing is rendered or stored for them.
        var renderedOrStored = new List<string>();
        for (var i = 1; i <= 1000; i++)
        {
            var url = $"/mesures?inconnu={i}";
            using var answer = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (answer.StatusCode != HttpStatusCode.OK || !answer.Headers.Contains("Age"))
            {
                renderedOrStored.Add(url);
            }
        }
        using var filtered = await client.GetAsync(new Uri("/mesures?q=cantine", UriKind.Relative));
        // A query value is stored the second time it is asked (NeverSeenQueriesTests).
        using (await client.GetAsync(new Uri("/mesures/points-conseil-budget?departement=31", UriKind.Relative)))
        {
        }
        using var measurePage = await client.GetAsync(new Uri("/mesures/points-conseil-budget?inconnu=1&departement=31", UriKind.Relative));
        using var samePage = await client.GetAsync(new Uri("/mesures/points-conseil-budget?departement=31&autre=2", UriKind.Relative));

        Assert.Empty(renderedOrStored);
        Assert.False(filtered.Headers.Contains("Age"), "a parameter the catalogue reads is a page of its own");
        Assert.True(samePage.Headers.Contains("Age"), "the département is read, the other parameters are not");
        Assert.Equal(await measurePage.Content.ReadAsStringAsync(), await samePage.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_is_never_cached()
    {
        using var client = portal.CreateClient();

        await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.False(second.Headers.Contains("Age"));
    }
}
