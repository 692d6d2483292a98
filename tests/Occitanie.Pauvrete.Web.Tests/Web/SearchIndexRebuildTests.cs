using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Search;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>The index follows the database when rebuilt, and searches never see it half built.</summary>
public sealed class SearchIndexRebuildTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Measure = "/mesures/points-conseil-budget";

    [Fact]
    public async Task A_measure_put_back_to_draft_leaves_the_results_and_comes_back_when_published()
    {
        Assert.Contains(Measure, await ResultLinksAsync("surendettement"));

        await SetStatusAsync(PublicationStatus.Draft);
        await portal.Services.GetRequiredService<SearchIndex>().RebuildAsync();

        var links = await ResultLinksAsync("surendettement");
        Assert.DoesNotContain(Measure, links);
        Assert.NotEmpty(links);

        await SetStatusAsync(PublicationStatus.Published);
        await portal.Services.GetRequiredService<SearchIndex>().RebuildAsync();

        Assert.Contains(Measure, await ResultLinksAsync("surendettement"));
    }

    [Fact]
    public async Task Searches_during_rebuilds_always_see_a_whole_index()
    {
        var index = portal.Services.GetRequiredService<SearchIndex>();
        // As a search page does first: the index is built in the background after start-up.
        await index.RefreshIfStaleAsync();

        var rebuilds = Enumerable.Range(0, 3).Select(_ => Task.Run(() => index.RebuildAsync()));
        var searches = Enumerable.Range(0, 200).Select(_ => Task.Run(() => index.Search("cantine")));
        var results = await Task.WhenAll(searches);
        await Task.WhenAll(rebuilds);

        Assert.All(results, r => Assert.Contains(r.Hits, h => h.Url == "/mesures/cantines-a-tarification-sociale"));
    }

    private async Task SetStatusAsync(PublicationStatus status)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var measure = await db.Measures.SingleAsync(m => m.Slug == "points-conseil-budget");
        measure.Status = status;
        measure.UpdatedBy = "redactrice@occitanie.gouv.fr";
        await db.SaveChangesAsync();
    }

    private async Task<List<string>> ResultLinksAsync(string query)
    {
        var page = await portal.GetDocumentAsync($"/recherche?q={Uri.EscapeDataString(query)}");
        return [.. page.QuerySelectorAll("main section h3 a").Select(a => a.GetAttribute("href")!)];
    }
}
