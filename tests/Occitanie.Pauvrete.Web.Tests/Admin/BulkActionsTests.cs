using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// Several items of a list published, unpublished or trashed at once: ticked in the table, asked on
/// one page naming how many and which, done only by that page's form. Without JavaScript.
/// </summary>
public sealed class BulkActionsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static IHtmlFormElement BulkForm(IHtmlDocument list) => list.Forms.Single(f => f.Id == "lot");

    private static void Tick(IHtmlFormElement form, IEnumerable<Guid> ids)
    {
        foreach (var id in ids)
        {
            StaffBrowser.Check(form, "id", id.ToString());
        }
    }

    [Fact]
    public async Task Two_ticked_measures_are_unpublished_then_published_again_after_one_confirmation_each()
    {
        var measures = await portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.Status == PublicationStatus.Published).OrderBy(m => m.Slug).Take(2).ToListAsync());
        using var browser = await StaffBrowser.SignInAsync(portal);

        var list = BulkForm(await browser.GetAsync("/admin/mesures"));
        Tick(list, measures.Select(m => m.Id));
        var confirmation = await browser.SubmitAsync(list, "Dépublier");

        Assert.Equal("Dépublier 2 mesures ?", confirmation.QuerySelector("h1")?.TextContent.Trim());
        var consequences = confirmation.QuerySelector(".fr-alert--warning")!.TextContent;
        foreach (var measure in measures)
        {
            Assert.Contains($"« {measure.Title} »", consequences, StringComparison.Ordinal);
        }
        Assert.Contains("disparaissent du site", consequences, StringComparison.Ordinal);
        // Asking changed nothing.
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync($"/mesures/{measures[0].Slug}")).StatusCode);

        var done = await browser.SubmitAsync(confirmation.Forms.Single(f => f.Action.EndsWith("/admin/mesures/lot/depublier", StringComparison.Ordinal)), "Dépublier (2)");

        Assert.Contains("2 mesures dépubliées", done.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        foreach (var measure in measures)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync($"/mesures/{measure.Slug}")).StatusCode);
        }
        Assert.All(await portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => measures.Select(x => x.Id).Contains(m.Id)).ToListAsync()),
            m => Assert.Equal(PublicationStatus.Draft, m.Status));

        var again = BulkForm(done);
        Tick(again, measures.Select(m => m.Id));
        var publish = await browser.SubmitAsync(again, "Publier");
        Assert.Equal("Publier 2 mesures ?", publish.QuerySelector("h1")?.TextContent.Trim());
        await browser.SubmitAsync(publish.Forms.Single(f => f.Action.EndsWith("/lot/publier", StringComparison.Ordinal)), "Publier (2)");
        foreach (var measure in measures)
        {
            Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync($"/mesures/{measure.Slug}")).StatusCode);
        }
    }

    [Fact]
    public async Task Trashing_ticked_items_names_what_uses_them_and_only_the_confirmed_ones_go()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var form = StaffBrowser.EditForm(await browser.GetAsync("/admin/axes/nouveau"));
        StaffBrowser.Fill(form, new() { ["Title"] = "Axe d'essai pour la corbeille", ["Number"] = "97", ["Sources[0].Document"] = "000_056cb390723e59aa.txt" });
        var draft = await browser.SubmitAsync(form, "Enregistrer le brouillon");
        Assert.NotNull(draft.QuerySelector(".fr-alert--success"));
        var axes = await portal.ReadAsync(db => db.Axes.AsNoTracking().Include(a => a.Measures).ToListAsync());
        var used = axes.First(a => a.Status == PublicationStatus.Published && a.Measures.Count > 0);
        var unused = axes.Single(a => a.Number == 97);

        var list = BulkForm(await browser.GetAsync("/admin/axes"));
        Tick(list, [used.Id, unused.Id]);
        var confirmation = await browser.SubmitAsync(list, "Mettre à la corbeille");

        Assert.Equal("Mettre à la corbeille 2 axes ?", confirmation.QuerySelector("h1")?.TextContent.Trim());
        var consequences = confirmation.QuerySelector(".fr-alert--warning")!.TextContent;
        Assert.Contains($"« {used.Title} » : {used.Measures.Count(m => m.Status != PublicationStatus.Deleted)} mesures utilisent cet axe", consequences, StringComparison.Ordinal);
        Assert.Contains("restaurables depuis la corbeille", consequences, StringComparison.Ordinal);

        // Cancelled, then asked again for the unused one only: only it goes.
        var unusedOnly = BulkForm(await browser.GetAsync("/admin/axes"));
        Tick(unusedOnly, [unused.Id]);
        await browser.SubmitAsync((await browser.SubmitAsync(unusedOnly, "Mettre à la corbeille")).Forms.Single(f => f.Action.EndsWith("/lot/corbeille", StringComparison.Ordinal)), "Mettre à la corbeille (1)");
        Assert.Equal(PublicationStatus.Deleted, await portal.ReadAsync(db => db.Axes.AsNoTracking().Where(a => a.Id == unused.Id).Select(a => a.Status).SingleAsync()));
        Assert.Equal(PublicationStatus.Published, await portal.ReadAsync(db => db.Axes.AsNoTracking().Where(a => a.Id == used.Id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task An_action_with_nothing_ticked_says_so_on_the_list_and_changes_nothing()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);

        using var response = await browser.SendAsync(BulkForm(await browser.GetAsync("/admin/communiques")), "Mettre à la corbeille");
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Cochez d'abord", page.QuerySelector("#errors")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("table"));
    }
}
