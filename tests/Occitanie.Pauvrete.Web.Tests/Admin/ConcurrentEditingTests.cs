using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// Two staff members on one item, with their own browsers and the real forms: the conflict names
/// only the fields that really changed, and the save after it keeps the colleague's change in every
/// field the person did not touch; where both changed a field, the form keeps the person's text and
/// names the field. A colleague is never reverted without being told.
/// </summary>
public sealed class ConcurrentEditingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Colleague = "redactrice.fusion@occitanie.gouv.fr";

    private Task<Measure> MeasureAsync(Guid id) => portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == id));

    private async Task<(StaffBrowser First, StaffBrowser Second)> TwoStaffAsync()
    {
        if (!await portal.ReadAsync(db => db.Users.AnyAsync(u => u.Email == Colleague)))
        {
            await AccountSteps.CreateEditorAsync(portal, Colleague);
        }
        return (await StaffBrowser.SignInAsync(portal), await StaffBrowser.SignInAsync(portal, Colleague, AccountSteps.EditorPassword));
    }

    private static List<string> Items(IHtmlDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(li => li.TextContent.Trim())];

    [Fact]
    public async Task Saving_again_after_a_conflict_keeps_the_colleagues_change_in_the_fields_left_untouched()
    {
        var (first, second) = await TwoStaffAsync();
        using var _ = first;
        using var __ = second;
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().OrderBy(m => m.Slug).Skip(2).FirstAsync());

        var firstForm = StaffBrowser.EditForm(await first.GetAsync($"/admin/mesures/{measure.Id}"));
        var secondForm = StaffBrowser.EditForm(await second.GetAsync($"/admin/mesures/{measure.Id}"));
        StaffBrowser.Fill(firstForm, new() { ["Funding"] = "Montant corrigé par la première personne" });
        await first.SubmitAsync(firstForm, "enregistrer");
        StaffBrowser.Fill(secondForm, new() { ["Summary"] = "Résumé réécrit par la seconde personne." });
        using var refused = await second.SendAsync(secondForm, "enregistrer");
        var page = await PortalFactory.ParseAsync(refused);

        Assert.Equal(System.Net.HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(["Financement, en une ligne"], Items(page, "#conflict ul:not(#conflict-clashes) li"));
        Assert.Null(page.QuerySelector("#conflict-clashes"));
        Assert.Equal("Montant corrigé par la première personne", (page.QuerySelector("input[name='Funding']") as IHtmlInputElement)?.Value);
        Assert.Equal("Résumé réécrit par la seconde personne.", page.QuerySelector("textarea[name='Summary']")?.TextContent);

        var saved = await second.SubmitAsync(StaffBrowser.EditForm(page), "enregistrer");

        Assert.NotNull(saved.QuerySelector(".fr-alert--success"));
        var stored = await MeasureAsync(measure.Id);
        Assert.Equal("Montant corrigé par la première personne", stored.Funding);
        Assert.Equal("Résumé réécrit par la seconde personne.", stored.Summary);
    }

    [Fact]
    public async Task A_field_both_changed_differently_is_named_and_keeps_what_the_person_typed()
    {
        var (first, second) = await TwoStaffAsync();
        using var _ = first;
        using var __ = second;
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().OrderBy(m => m.Slug).Skip(4).FirstAsync());

        var firstForm = StaffBrowser.EditForm(await first.GetAsync($"/admin/mesures/{measure.Id}"));
        var secondForm = StaffBrowser.EditForm(await second.GetAsync($"/admin/mesures/{measure.Id}"));
        StaffBrowser.Fill(firstForm, new() { ["Territory"] = "Territoire de la première personne", ["FundingPeriod"] = "pendant 2 ans" });
        await first.SubmitAsync(firstForm, "enregistrer");
        StaffBrowser.Fill(secondForm, new() { ["Territory"] = "Territoire de la seconde personne", ["FundingPeriod"] = "pendant 2 ans" });
        using var refused = await second.SendAsync(secondForm, "enregistrer");
        var page = await PortalFactory.ParseAsync(refused);

        Assert.Equal(System.Net.HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(["Territoire concerné"], Items(page, "#conflict-clashes li"));
        Assert.Equal("Territoire de la seconde personne", (page.QuerySelector("input[name='Territory']") as IHtmlInputElement)?.Value);
        Assert.Equal("Territoire de la première personne", (await MeasureAsync(measure.Id)).Territory);

        // Told, the person saves on purpose: their text wins in that field only.
        await second.SubmitAsync(StaffBrowser.EditForm(page), "enregistrer");
        var stored = await MeasureAsync(measure.Id);
        Assert.Equal("Territoire de la seconde personne", stored.Territory);
        Assert.Equal("pendant 2 ans", stored.FundingPeriod);
    }

    [Fact]
    public async Task The_conflict_does_not_list_a_field_whose_only_change_is_empty_text_become_null()
    {
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.FundingUnit == null && m.Territory == null).OrderBy(m => m.Slug).Skip(6).FirstAsync());
        // As an older save left it: "" in the column and in its latest revision.
        await portal.ReadAsync(db => db.Database.ExecuteSqlRawAsync(
            """
            UPDATE "Measures" SET "FundingUnit" = '', "Territory" = '' WHERE "Id" = {0};
            UPDATE "Revisions" SET "Snapshot" = json_set("Snapshot", '$.FundingUnit', '', '$.Territory', '')
            WHERE "Id" = (SELECT max("Id") FROM "Revisions" WHERE "EntityId" = {0});
            """, Key(measure.Id)));
        var (first, second) = await TwoStaffAsync();
        using var _ = first;
        using var __ = second;

        var firstForm = StaffBrowser.EditForm(await first.GetAsync($"/admin/mesures/{measure.Id}"));
        var secondForm = StaffBrowser.EditForm(await second.GetAsync($"/admin/mesures/{measure.Id}"));
        StaffBrowser.Fill(firstForm, new() { ["Funding"] = "Financement revu" });
        await first.SubmitAsync(firstForm, "enregistrer");
        StaffBrowser.Fill(secondForm, new() { ["Summary"] = "Résumé revu." });
        var page = await second.SubmitAsync(secondForm, "enregistrer");

        Assert.Equal(["Financement, en une ligne"], Items(page, "#conflict ul:not(#conflict-clashes) li"));
    }

    /// <summary>A Guid as the portal's SQLite columns hold it (upper case text), for raw SQL.</summary>
    private static string Key(Guid id) => id.ToString().ToUpperInvariant();
}
