using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>The admin home page: counts by status, drafts waiting and the latest changes (« À compléter »: <see cref="ToCompleteTests"/>).</summary>
public sealed class DashboardTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Editor = "redactrice@occitanie.gouv.fr";

    private async Task<Measure> ChangeMeasureAsync(int skip, Action<Measure> change)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var measure = await db.Measures.OrderBy(m => m.Slug).Skip(skip).FirstAsync();
        change(measure);
        measure.UpdatedBy = Editor;
        await db.SaveChangesAsync();
        return measure;
    }

    private static string N(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IElement Section(IDocument page, string id) =>
        page.QuerySelector($"#{id}") ?? throw new InvalidOperationException($"No #{id} on the dashboard.");

    [Fact]
    public async Task Each_kind_shows_its_published_drafts_and_trashed_items_linking_to_its_list()
    {
        await ChangeMeasureAsync(0, m => m.Status = PublicationStatus.Draft);
        await ChangeMeasureAsync(1, m => m.Status = PublicationStatus.Deleted);
        var expected = await portal.ReadAsync(db => db.Measures.GroupBy(m => m.Status).ToDictionaryAsync(g => g.Key, g => g.Count()));
        var axes = await portal.ReadAsync(db => db.Axes.CountAsync(a => a.Status == PublicationStatus.Published));
        using var browser = await StaffBrowser.SignInAsync(portal);

        var page = await browser.GetAsync("/admin");

        var rows = Section(page, "table-contenus").QuerySelectorAll("tbody tr");
        Assert.Equal(ContentKinds.All.Count, rows.Length);
        var measures = rows.Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Mesures");
        Assert.Equal("/admin/mesures", measures.QuerySelector("th a")!.GetAttribute("href"));
        var cells = measures.QuerySelectorAll("td a");
        Assert.Equal(
            [N(expected[PublicationStatus.Published]), N(expected[PublicationStatus.Draft]), N(expected[PublicationStatus.Deleted])],
            cells.Select(a => a.TextContent.Trim()));
        Assert.Equal(
            ["/admin/mesures?statut=publie", "/admin/mesures?statut=brouillon", "/admin/mesures?statut=corbeille"],
            cells.Select(a => a.GetAttribute("href")));
        var axesRow = rows.Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Axes");
        Assert.Equal(N(axes), axesRow.QuerySelector("td a")!.TextContent.Trim());
        Assert.Equal("0", axesRow.QuerySelectorAll("td a")[2].TextContent.Trim());
    }

    [Fact]
    public async Task The_latest_draft_comes_first_among_the_drafts_waiting_with_a_link_to_its_editor()
    {
        var older = await ChangeMeasureAsync(2, m => m.Status = PublicationStatus.Draft);
        var newer = await ChangeMeasureAsync(3, m => m.Status = PublicationStatus.Draft);
        using var browser = await StaffBrowser.SignInAsync(portal);

        var page = await browser.GetAsync("/admin");

        var drafts = Section(page, "table-brouillons").QuerySelectorAll("tbody tr");
        Assert.InRange(drafts.Length, 2, 10);
        var first = drafts[0];
        Assert.Equal(newer.Title, first.QuerySelector("a")!.TextContent.Trim());
        Assert.Equal($"/admin/mesures/{newer.Id}", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Mesure", first.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal(Editor, first.QuerySelectorAll("td")[3].TextContent.Trim());
        Assert.Equal(older.Title, drafts[1].QuerySelector("a")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_latest_changes_say_who_did_what_to_which_item_and_when_in_paris_time()
    {
        var measure = await ChangeMeasureAsync(4, m => m.Funding = "Corrigé depuis le tableau de bord");
        var revision = await portal.ReadAsync(db => db.Revisions.OrderByDescending(r => r.Id).FirstAsync());
        using var browser = await StaffBrowser.SignInAsync(portal);

        var page = await browser.GetAsync("/admin");

        var changes = Section(page, "table-modifications").QuerySelectorAll("tbody tr");
        Assert.Equal(10, changes.Length);
        var cells = changes[0].QuerySelectorAll("td");
        var paris = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(revision.CreatedAt, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        Assert.EndsWith($" à {paris:HH:mm}", cells[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(paris.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(Editor, cells[1].TextContent.Trim());
        Assert.Equal("Modification", cells[2].TextContent.Trim());
        Assert.Contains("Mesure", cells[3].TextContent, StringComparison.Ordinal);
        var link = cells[3].QuerySelector("a")!;
        Assert.Equal(measure.Title, link.TextContent.Trim());
        Assert.Equal($"/admin/mesures/{measure.Id}", link.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a[href='/admin/journal']"));
    }
}
