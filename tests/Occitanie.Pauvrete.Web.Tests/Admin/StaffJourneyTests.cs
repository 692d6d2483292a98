using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// The "done when", end to end through the real forms: a staff member corrects an amount,
/// previews it, publishes it, sees it on the public page and in search at once, then finds and
/// restores the previous version; a colleague who edited the same measure meanwhile is told and
/// loses nothing.
/// </summary>
public sealed class StaffJourneyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Colleague = "collegue@occitanie.gouv.fr";

    private static string MainText(IHtmlDocument page) => VisibleText.Of(page.QuerySelector("main")!);

    [Fact]
    public async Task Correct_preview_publish_see_restore_and_a_colleague_loses_nothing()
    {
        await AccountSteps.CreateEditorAsync(portal, Colleague);
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking()
            .Where(m => m.Status == PublicationStatus.Published && m.Funding != null)
            .OrderBy(m => m.Slug).FirstAsync());
        var oldFunding = measure.Funding!;
        const string newFunding = "3,50 € par repas servi (montant corrigé par la rédaction)";
        using var staff = await StaffBrowser.SignInAsync(portal);
        using var colleague = await StaffBrowser.SignInAsync(portal, Colleague, AccountSteps.EditorPassword);
        var colleagueForm = StaffBrowser.EditForm(await colleague.GetAsync($"/admin/mesures/{measure.Id}"));

        // Correct the amount and preview it: the public page as it will be, nothing saved yet.
        var form = StaffBrowser.EditForm(await staff.GetAsync($"/admin/mesures/{measure.Id}"));
        // The amount has one place: the sentence and the amount change together.
        StaffBrowser.Fill(form, new() { ["Funding"] = newFunding, ["FundingAmount"] = "3,50" });
        var preview = await staff.SubmitAsync(form, "Prévisualiser les modifications");
        Assert.Contains(newFunding, MainText(preview), StringComparison.Ordinal);
        Assert.Contains("rien n'est encore enregistré", preview.QuerySelector("#apercu")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(oldFunding, MainText(await portal.GetDocumentAsync($"/mesures/{measure.Slug}")), StringComparison.Ordinal);
        Assert.Equal(oldFunding, await portal.ReadAsync(db => db.Measures.Where(m => m.Id == measure.Id).Select(m => m.Funding).SingleAsync()));

        // Publish: the public page and search show it at once.
        var saved = await staff.SubmitAsync(form, "Enregistrer (visible aussitôt)");
        Assert.NotNull(saved.QuerySelector(".fr-alert--success"));
        Assert.Contains(newFunding, MainText(await portal.GetDocumentAsync($"/mesures/{measure.Slug}")), StringComparison.Ordinal);
        var search = await portal.GetDocumentAsync("/recherche?q=" + Uri.EscapeDataString("montant corrigé par la rédaction"));
        Assert.Contains(search.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/mesures/{measure.Slug}");

        // The colleague, who opened the measure before, is told and keeps their text.
        StaffBrowser.Fill(colleagueForm, new() { ["HowToApply"] = "Texte de la collègue, à ne pas perdre." });
        using var refused = await colleague.SendAsync(colleagueForm, "Enregistrer (visible aussitôt)");
        var conflict = await PortalFactory.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Financement, en une ligne", conflict.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Texte de la collègue, à ne pas perdre.", conflict.QuerySelector("textarea[name='HowToApply']")?.TextContent);

        // The history shows both versions; restoring the previous one is a new version.
        var history = await staff.GetAsync($"/admin/mesures/{measure.Id}/historique");
        var diff = await staff.SubmitAsync(history.Forms.Single(f => f.Id == "comparer"));
        Assert.Contains(oldFunding, MainText(diff), StringComparison.Ordinal);
        Assert.Contains(newFunding, MainText(diff), StringComparison.Ordinal);
        var previous = await portal.ReadAsync(db => db.Revisions.Where(r => r.EntityId == measure.Id).OrderByDescending(r => r.Id).Skip(1).Select(r => r.Id).FirstAsync());
        var restored = await staff.SubmitAsync(await staff.ConfirmationFormAsync(history, $"/historique/{previous}/restaurer"));
        Assert.NotNull(restored.QuerySelector(".fr-alert--success"));
        Assert.Contains(oldFunding, MainText(await portal.GetDocumentAsync($"/mesures/{measure.Slug}")), StringComparison.Ordinal);
        var actions = await portal.ReadAsync(db => db.Revisions.Where(r => r.EntityId == measure.Id).OrderBy(r => r.Id).Select(r => r.Author).ToListAsync());
        Assert.Equal([PortalFactory.AdminEmail, PortalFactory.AdminEmail], actions.TakeLast(2));
    }
}
