using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>« Marquer comme vérifié »: a review recorded as a revision of its own, with who and when, that changes no content.</summary>
public sealed class MarkAsVerifiedTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Button = "Marquer comme vérifié";

    /// <summary>What a save or a review sets, besides the content.</summary>
    private static readonly string[] _stamps = ["Version", "UpdatedAt", "UpdatedBy", "VerifiedOn", "VerifiedBy"];

    private static DateOnly ParisToday =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")));

    private Task<Measure> PublishedMeasureAsync(int skip) => portal.ReadAsync(db => db.Measures.AsNoTracking()
        .Where(m => m.Status == PublicationStatus.Published).OrderBy(m => m.Slug).Skip(skip).FirstAsync());

    [Fact]
    public async Task A_redacteur_marks_a_measure_as_verified_it_records_who_and_when_as_a_revision_the_journal_shows_and_the_public_page_keeps_its_content()
    {
        const string editor = "verificatrice@occitanie.gouv.fr";
        await AccountSteps.CreateEditorAsync(portal, editor);
        var measure = await PublishedMeasureAsync(3);
        var publicBefore = PublicContent(await portal.GetDocumentAsync($"/mesures/{measure.Slug}"));
        var storedBefore = await ContentOfAsync(measure.Id);
        var revisions = await portal.ReadAsync(db => db.Revisions.CountAsync(r => r.EntityId == measure.Id));
        using var browser = await StaffBrowser.SignInAsync(portal, editor, AccountSteps.EditorPassword);

        var edit = await browser.GetAsync($"/admin/mesures/{measure.Id}");
        Assert.Contains("Jamais marquée comme vérifiée", edit.GetElementById("verification")!.TextContent, StringComparison.Ordinal);
        var page = await browser.SubmitAsync(StaffBrowser.EditForm(edit), Button);

        var today = ParisToday;
        var success = page.QuerySelector(".fr-alert--success")?.TextContent ?? "";
        Assert.Contains($"est marquée comme vérifiée le {FrenchFormat.Date(today)} par {editor}", success, StringComparison.Ordinal);
        Assert.Equal($"Vérifiée le {FrenchFormat.Date(today)} par {editor}.", PortalReading.Spaces(page.GetElementById("verification")!.TextContent));
        var stored = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == measure.Id));
        Assert.Equal(today, stored.VerifiedOn);
        Assert.Equal(editor, stored.VerifiedBy);
        Assert.Equal(storedBefore, await ContentOfAsync(measure.Id));
        var revision = await portal.ReadAsync(db => db.Revisions.AsNoTracking().Where(r => r.EntityId == measure.Id).OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(revisions + 1, await portal.ReadAsync(db => db.Revisions.CountAsync(r => r.EntityId == measure.Id)));
        Assert.Equal(RevisionAction.Verified, revision.Action);
        Assert.Equal(editor, revision.Author);

        var journal = await browser.GetAsync($"/admin/journal?action=verification&auteur={Uri.EscapeDataString(editor)}");
        var row = Assert.Single(journal.QuerySelectorAll("tbody tr"));
        Assert.Contains("Vérification", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(measure.Slug, row.TextContent, StringComparison.Ordinal);
        Assert.Contains(editor, row.TextContent, StringComparison.Ordinal);
        var history = await browser.GetAsync($"/admin/mesures/{measure.Id}/historique/comparer");
        var changes = history.GetElementById("differences")?.TextContent ?? "";
        Assert.Contains("Vérifié le", changes, StringComparison.Ordinal);
        Assert.Contains(FrenchFormat.Date(today), changes, StringComparison.Ordinal);

        Assert.Equal(publicBefore, PublicContent(await portal.GetDocumentAsync($"/mesures/{measure.Slug}")));
    }

    [Fact]
    public async Task A_review_made_while_a_colleague_edits_refuses_the_colleagues_save_and_names_the_verification_not_a_field()
    {
        var measure = await PublishedMeasureAsync(5);
        using var colleague = await StaffBrowser.SignInAsync(portal);
        using var reviewer = await StaffBrowser.SignInAsync(portal);
        var colleagueForm = StaffBrowser.EditForm(await colleague.GetAsync($"/admin/mesures/{measure.Id}"));

        await reviewer.SubmitAsync(StaffBrowser.EditForm(await reviewer.GetAsync($"/admin/mesures/{measure.Id}")), Button);
        StaffBrowser.Fill(colleagueForm, new() { ["Funding"] = "Montant relu par une collègue" });
        using var refused = await colleague.SendAsync(colleagueForm, "enregistrer");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        var conflict = page.GetElementById("conflict")!;
        Assert.Equal([EditorConflict.Verification], conflict.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.Contains("a marqué ce contenu comme vérifié", conflict.TextContent, StringComparison.Ordinal);
        Assert.Equal("Montant relu par une collègue", StaffBrowser.EditForm(page).Elements.OfType<IHtmlInputElement>().Single(i => i.Name == "Funding").Value);

        var saved = await colleague.SubmitAsync(StaffBrowser.EditForm(page), "enregistrer");
        Assert.NotNull(saved.QuerySelector(".fr-alert--success"));
        var stored = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == measure.Id));
        Assert.Equal("Montant relu par une collègue", stored.Funding);
        Assert.Equal(ParisToday, stored.VerifiedOn);
    }

    [Fact]
    public async Task Marking_as_verified_a_form_with_unsaved_changes_is_refused_and_keeps_the_typed_text()
    {
        var measure = await PublishedMeasureAsync(7);
        var revisions = await portal.ReadAsync(db => db.Revisions.CountAsync(r => r.EntityId == measure.Id));
        using var browser = await StaffBrowser.SignInAsync(portal);
        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}"));

        StaffBrowser.Fill(form, new() { ["Title"] = measure.Title + " (titre retouché)" });
        using var response = await browser.SendAsync(form, Button);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        var unsaved = page.GetElementById("unsaved")!;
        Assert.Contains("modifications non enregistrées", unsaved.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Titre"], unsaved.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.Equal(measure.Title + " (titre retouché)", StaffBrowser.EditForm(page).Elements.OfType<IHtmlInputElement>().Single(i => i.Name == "Title").Value);
        var stored = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == measure.Id));
        Assert.Null(stored.VerifiedOn);
        Assert.Equal(measure.Title, stored.Title);
        Assert.Equal(revisions, await portal.ReadAsync(db => db.Revisions.CountAsync(r => r.EntityId == measure.Id)));
    }

    [Fact]
    public async Task A_measure_whose_amount_is_stored_with_decimals_is_marked_as_verified_its_unchanged_form_counts_as_no_change()
    {
        var measure = await PublishedMeasureAsync(11);
        await portal.ReadAsync(async db =>
        {
            // Stored as SQLite keeps a decimal: 3.0, which the form shows as « 3 ».
            var tracked = await db.Measures.SingleAsync(m => m.Id == measure.Id);
            tracked.FundingAmount = 3.0m;
            tracked.UpdatedBy = "test";
            return await db.SaveChangesAsync();
        });
        using var browser = await StaffBrowser.SignInAsync(portal);

        var page = await browser.SubmitAsync(StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}")), Button);

        Assert.Null(page.GetElementById("unsaved"));
        Assert.NotNull(page.QuerySelector(".fr-alert--success"));
        Assert.Equal(ParisToday, await portal.ReadAsync(db => db.Measures.Where(m => m.Id == measure.Id).Select(m => m.VerifiedOn).SingleAsync()));
    }

    [Fact]
    public async Task Every_kind_with_a_review_date_offers_the_button_and_the_others_do_not()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        foreach (var kind in ContentKinds.All)
        {
            var id = await portal.ReadAsync(db => ItemSetOf(db, kind.EntityType).Select(e => e.Id).FirstOrDefaultAsync());
            if (id == Guid.Empty)
            {
                continue;
            }
            var form = StaffBrowser.EditForm(await browser.GetAsync(kind.EditPath(id)));
            var offered = form.Elements.OfType<IHtmlButtonElement>().Any(b => b.TextContent.Trim() == Button);
            Assert.True(offered == kind.EntityType.IsAssignableTo(typeof(ContentItem)), $"{kind.Slug}: button offered = {offered}");
        }

        // A funding line's own form, with its token, sent to the review's address: there is no review of it.
        var line = await portal.ReadAsync(db => db.FundingLines.Select(f => f.Id).FirstAsync());
        var edit = StaffBrowser.EditForm(await browser.GetAsync($"/admin/financements/{line}"));
        edit.Action = $"/admin/financements/{line}/verifier";
        using var refused = await browser.SendAsync(edit);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task A_review_posted_without_its_antiforgery_token_is_refused_and_records_nothing()
    {
        var measure = await PublishedMeasureAsync(9);
        using var browser = await StaffBrowser.SignInAsync(portal);

        using var response = await browser.Http.PostAsync(new Uri($"/admin/mesures/{measure.Id}/verifier", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = measure.Version.ToString() }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await portal.ReadAsync(db => db.Measures.Where(m => m.Id == measure.Id).Select(m => m.VerifiedOn).SingleAsync()));
    }

    private static IQueryable<EditableEntity> ItemSetOf(PortalDbContext db, Type entityType) =>
        (IQueryable<EditableEntity>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entityType).Invoke(db, null)!;

    /// <summary>The item's stored values but those a review or a save stamps.</summary>
    private Task<string> ContentOfAsync(Guid id) => portal.ReadAsync(async db =>
    {
        var entry = db.Entry((await db.Measures.FindAsync(id))!);
        await RevisionSnapshot.LoadLinksAsync(entry, CancellationToken.None);
        var values = JsonNode.Parse(RevisionSnapshot.Write(entry))!.AsObject();
        foreach (var stamp in _stamps)
        {
            values.Remove(stamp);
        }
        return values.ToJsonString();
    });

    /// <summary>The public page's main text, without the line that says when it was verified (the one thing a review may add).</summary>
    private static string PublicContent(IDocument page)
    {
        var main = page.QuerySelector("main")!;
        foreach (var element in main.QuerySelectorAll("*").Where(e => e.TextContent.Contains("Vérifié", StringComparison.Ordinal)
            && !e.Children.Any(c => c.TextContent.Contains("Vérifié", StringComparison.Ordinal))).ToList())
        {
            element.Remove();
        }
        return PortalReading.Spaces(main.TextContent);
    }
}
