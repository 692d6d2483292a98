using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// « Recherche » in the admin: the searches that found nothing, counted per day with nothing about
/// the person, and the synonyms, seeded from content/reference/synonymes.yml and edited by staff.
/// </summary>
public sealed class SearchSettingsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_search_that_finds_nothing_is_counted_per_day_and_listed_for_staff()
    {
        using var client = portal.CreateClient();
        await client.GetStringAsync(new Uri("/recherche?q=Zorglub%20introuvable", UriKind.Relative));
        await client.GetStringAsync(new Uri("/recherche?q=zorglub%20introuvable", UriKind.Relative));
        await client.GetStringAsync(new Uri("/mesures?q=zorglub%20introuvable", UriKind.Relative));
        await client.GetStringAsync(new Uri("/recherche?q=cantine", UriKind.Relative));

        var misses = await portal.ReadAsync(db => db.SearchMisses.AsNoTracking().Where(m => m.Words.Contains("zorglub")).ToListAsync());
        var miss = Assert.Single(misses);
        Assert.Equal("zorglub introuvable", miss.Words);
        Assert.Equal(3, miss.Count);
        // What is stored: an id, the day, the words and the count; nothing about who searched.
        Assert.Equal(["Count", "Day", "Id", "Words"], typeof(global::Occitanie.Pauvrete.Web.Data.Entities.SearchMiss).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));

        using var staff = await StaffBrowser.SignInAsync(portal);
        var page = await staff.GetAsync("/admin/synonymes");
        var row = Assert.Single(page.QuerySelectorAll("#recherches-sans-resultat tbody tr"), r => r.TextContent.Contains("zorglub", StringComparison.Ordinal));
        Assert.Equal("zorglub introuvable", row.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal("3", row.QuerySelectorAll("td")[2].TextContent.Trim());
    }

    [Fact]
    public async Task Staff_add_a_synonym_and_the_search_applies_it_at_once()
    {
        using var staff = await StaffBrowser.SignInAsync(portal);
        var page = await staff.GetAsync("/admin/synonymes");
        var textarea = page.QuerySelector("textarea#synonymes")!;
        Assert.Contains("dettes", textarea.TextContent, StringComparison.Ordinal);
        var before = MeasureCatalogueBrowser.ResultSlugs(await portal.GetDocumentAsync("/mesures?q=bouffe"));
        Assert.DoesNotContain("cantines-a-tarification-sociale", before);

        var form = page.Forms.Single(f => f.Action.EndsWith("/admin/synonymes", StringComparison.Ordinal));
        StaffBrowser.Fill(form, new() { ["synonymes"] = textarea.TextContent + "\nbouffe, cantine" });
        var saved = await staff.SubmitAsync(form);

        Assert.Contains("Synonymes enregistrés", saved.QuerySelector(".fr-alert")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("cantines-a-tarification-sociale", MeasureCatalogueBrowser.ResultSlugs(await portal.GetDocumentAsync("/mesures?q=bouffe")));
    }

    [Fact]
    public async Task A_group_of_one_word_is_refused_with_the_text_kept()
    {
        using var staff = await StaffBrowser.SignInAsync(portal);
        var page = await staff.GetAsync("/admin/synonymes");
        var form = page.Forms.Single(f => f.Action.EndsWith("/admin/synonymes", StringComparison.Ordinal));
        StaffBrowser.Fill(form, new() { ["synonymes"] = "dettes, surendettement\nsolitaire" });

        var refused = await staff.SubmitAsync(form);

        Assert.Contains("Ligne 2", refused.QuerySelector("#synonymes-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("dettes, surendettement\nsolitaire", refused.QuerySelector("textarea#synonymes")!.TextContent.ReplaceLineEndings("\n").Trim());
        Assert.Contains("dettes", await portal.ReadAsync(db => db.SearchSynonyms.Select(s => s.Words).FirstAsync()), StringComparison.Ordinal);
    }
}
