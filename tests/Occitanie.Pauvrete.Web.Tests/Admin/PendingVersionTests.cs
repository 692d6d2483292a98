using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// A published item revised as a pending version (decision 0013): the public site keeps the
/// published one until « Publier la version en attente »; abandoning it, a colleague's save and a
/// visitor without an account change nothing public.
/// </summary>
public sealed class PendingVersionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string SavePending = "Enregistrer comme version en attente";
    private const string UpdatePending = "Enregistrer la version en attente";
    private const string PublishPending = "Publier la version en attente";

    /// <summary>The edit form with a submit button the page does not offer: a request made by hand.</summary>
    private static IHtmlFormElement WithCommand(IHtmlDocument page, string command)
    {
        var form = StaffBrowser.EditForm(page);
        var button = page.CreateElement("button");
        button.SetAttribute("type", "submit");
        button.SetAttribute("name", "commande");
        button.SetAttribute("value", command);
        form.AppendChild(button);
        return form;
    }

    private static string Field(IHtmlDocument page, string name) =>
        StaffBrowser.EditForm(page).Elements.Single(e => e.GetAttribute("name") == name) switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlInputElement input => input.Value,
            var other => other.TextContent,
        };

    private Task<PressRelease> PublishedReleaseAsync(int skip) => portal.ReadAsync(db => db.PressReleases.AsNoTracking()
        .Where(r => r.Status == PublicationStatus.Published).OrderByDescending(r => r.Date).Skip(skip).FirstAsync());

    private Task<Measure> PublishedMeasureAsync(int skip) => portal.ReadAsync(db => db.Measures.AsNoTracking()
        .Where(m => m.Status == PublicationStatus.Published).OrderBy(m => m.Slug).Skip(skip).FirstAsync());

    private async Task<string> PublicTextAsync(string url)
    {
        using var client = portal.CreateClient();
        return await client.GetStringAsync(new Uri(url, UriKind.Relative));
    }

    /// <summary>What the public reads of a release: its page, the feed, the API and a search for <paramref name="word"/>.</summary>
    private async Task<(bool Page, bool Feed, bool Api, bool Search)> ReleaseShowsAsync(string slug, string word)
    {
        var search = await portal.GetDocumentAsync("/recherche?q=" + Uri.EscapeDataString(word));
        return (
            (await PublicTextAsync($"/communiques/{slug}")).Contains(word, StringComparison.Ordinal),
            (await PublicTextAsync("/communiques/flux.xml")).Contains(word, StringComparison.Ordinal),
            (await PublicTextAsync($"/api/communiques")).Contains(word, StringComparison.Ordinal),
            search.QuerySelectorAll($"main a[href='/communiques/{slug}']").Length > 0);
    }

    [Fact]
    public async Task A_release_saved_as_a_pending_version_stays_as_published_everywhere_until_its_pending_version_is_published()
    {
        const string word = "quadrilatère";
        var release = await PublishedReleaseAsync(1);
        using var browser = await StaffBrowser.SignInAsync(portal);
        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/communiques/{release.Id}"));
        StaffBrowser.Fill(form, new() { ["Body"] = release.Body + $"\n\nUn paragraphe ajouté en attente : {word}.\n" });

        var saved = await browser.SubmitAsync(form, SavePending);

        Assert.Contains("Version en attente enregistrée", saved.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(saved.GetElementById("version-en-attente"));
        Assert.Contains(word, Field(saved, "Body"), StringComparison.Ordinal);
        Assert.Equal((false, false, false, false), await ReleaseShowsAsync(release.Slug, word));
        var stored = await portal.ReadAsync(db => db.PressReleases.AsNoTracking().SingleAsync(r => r.Id == release.Id));
        Assert.Equal(release.Body, stored.Body);
        Assert.Equal(release.UpdatedAt, stored.UpdatedAt);
        Assert.Contains(word, (await browser.GetAsync($"/admin/communiques/{release.Id}/apercu")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var dashboard = await browser.GetAsync("/admin");
        Assert.Contains(release.Title, dashboard.GetElementById("table-versions-en-attente")?.TextContent, StringComparison.Ordinal);

        var published = await browser.SubmitAsync(StaffBrowser.EditForm(saved), PublishPending);

        Assert.Contains("publié", published.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        Assert.Null(published.GetElementById("version-en-attente"));
        Assert.Equal((true, true, true, true), await ReleaseShowsAsync(release.Slug, word));
        Assert.DoesNotContain(release.Title, (await browser.GetAsync("/admin")).GetElementById("table-versions-en-attente")?.TextContent ?? "", StringComparison.Ordinal);
        var actions = await portal.ReadAsync(db => db.Revisions.Where(r => r.EntityId == release.Id).OrderByDescending(r => r.Id).Take(2).Select(r => r.Action).ToListAsync());
        Assert.Equal([RevisionAction.PendingPublished, RevisionAction.PendingSaved], actions);
        var history = (await browser.GetAsync($"/admin/communiques/{release.Id}/historique")).QuerySelector("main")!.TextContent;
        Assert.Contains("Publication de la version en attente", history, StringComparison.Ordinal);
        Assert.Contains("Version en attente", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pending_version_updated_then_abandoned_leaves_the_published_measure_as_it_was_and_stays_in_the_history()
    {
        var measure = await PublishedMeasureAsync(2);
        var publicBefore = await PublicTextAsync($"/api/mesures/{measure.Slug}");
        using var browser = await StaffBrowser.SignInAsync(portal);
        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}"));
        StaffBrowser.Fill(form, new() { ["Title"] = measure.Title + " (révision)" });
        var saved = await browser.SubmitAsync(form, SavePending);
        var again = StaffBrowser.EditForm(saved);
        StaffBrowser.Fill(again, new() { ["Summary"] = "Un résumé revu en attente." });
        var updated = await browser.SubmitAsync(again, UpdatePending);
        Assert.Equal(measure.Title + " (révision)", Field(updated, "Title"));
        Assert.Equal("Un résumé revu en attente.", Field(updated, "Summary"));

        var abandon = updated.Forms.Single(f => f.Action.EndsWith("/version-en-attente/abandonner", StringComparison.Ordinal));
        var abandoned = await browser.SubmitAsync(abandon);

        Assert.Contains("Version en attente abandonnée", abandoned.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        Assert.Null(abandoned.GetElementById("version-en-attente"));
        Assert.Equal(measure.Title, Field(abandoned, "Title"));
        Assert.Equal(publicBefore, await PublicTextAsync($"/api/mesures/{measure.Slug}"));
        var stored = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == measure.Id));
        Assert.Null(stored.PendingSnapshot);
        Assert.Equal(measure.Title, stored.Title);
        var actions = await portal.ReadAsync(db => db.Revisions.Where(r => r.EntityId == measure.Id).OrderByDescending(r => r.Id).Take(3).Select(r => r.Action).ToListAsync());
        Assert.Equal([RevisionAction.PendingAbandoned, RevisionAction.PendingSaved, RevisionAction.PendingSaved], actions);
    }

    [Fact]
    public async Task A_colleagues_save_from_a_form_opened_before_the_pending_version_is_refused_and_changes_nothing_public()
    {
        var measure = await PublishedMeasureAsync(4);
        using var reviser = await StaffBrowser.SignInAsync(portal);
        using var colleague = await StaffBrowser.SignInAsync(portal);
        var colleagueForm = StaffBrowser.EditForm(await colleague.GetAsync($"/admin/mesures/{measure.Id}"));
        var form = StaffBrowser.EditForm(await reviser.GetAsync($"/admin/mesures/{measure.Id}"));
        StaffBrowser.Fill(form, new() { ["Title"] = measure.Title + " (en attente)" });
        await reviser.SubmitAsync(form, SavePending);

        StaffBrowser.Fill(colleagueForm, new() { ["Summary"] = "Résumé changé en direct par une collègue." });
        using var refused = await colleague.SendAsync(colleagueForm, "enregistrer");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var stored = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == measure.Id));
        Assert.Equal(measure.Summary, stored.Summary);
        Assert.Equal(measure.Title, stored.Title);
        Assert.NotNull(stored.PendingSnapshot);

        // The form now offers only the pending version's buttons; a save of the published item sent by hand with the current version is refused too.
        var page = await PortalFactory.ParseAsync(refused);
        Assert.Empty(StaffBrowser.EditForm(page).QuerySelectorAll("button[value='enregistrer']"));
        using var again = await colleague.SendAsync(WithCommand(page, "enregistrer"), "enregistrer");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains(ContentCommands.PendingExists, (await PortalFactory.ParseAsync(again)).GetElementById("errors")?.TextContent, StringComparison.Ordinal);
        stored = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == measure.Id));
        Assert.Equal(measure.Summary, stored.Summary);
    }

    [Fact]
    public async Task A_pending_version_saved_from_a_form_opened_before_a_colleagues_save_is_refused_and_keeps_the_typed_text()
    {
        var measure = await PublishedMeasureAsync(6);
        using var reviser = await StaffBrowser.SignInAsync(portal);
        using var colleague = await StaffBrowser.SignInAsync(portal);
        var form = StaffBrowser.EditForm(await reviser.GetAsync($"/admin/mesures/{measure.Id}"));
        var colleagueForm = StaffBrowser.EditForm(await colleague.GetAsync($"/admin/mesures/{measure.Id}"));
        StaffBrowser.Fill(colleagueForm, new() { ["Summary"] = "Résumé publié par une collègue." });
        await colleague.SubmitAsync(colleagueForm, "enregistrer");

        StaffBrowser.Fill(form, new() { ["Title"] = measure.Title + " (trop tard)" });
        using var refused = await reviser.SendAsync(form, SavePending);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.Contains("Résumé", page.GetElementById("conflict")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(measure.Title + " (trop tard)", Field(page, "Title"));
        Assert.Null(await portal.ReadAsync(db => db.Measures.Where(m => m.Id == measure.Id).Select(m => m.PendingSnapshot).SingleAsync()));
    }

    [Fact]
    public async Task A_draft_has_no_pending_version_it_is_saved_directly()
    {
        var measure = await PublishedMeasureAsync(8);
        using var browser = await StaffBrowser.SignInAsync(portal);
        var unpublished = await browser.SubmitAsync(await browser.ConfirmationFormAsync(await browser.GetAsync($"/admin/mesures/{measure.Id}"), "/depublier"));
        Assert.Empty(StaffBrowser.EditForm(unpublished).QuerySelectorAll("button[value='attente']"));


        var draftForm = WithCommand(unpublished, "attente");
        StaffBrowser.Fill(draftForm, new() { ["Title"] = measure.Title + " (brouillon)" });
        using var refused = await browser.SendAsync(draftForm, "attente");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("enregistrez-le directement", (await PortalFactory.ParseAsync(refused)).GetElementById("errors")?.TextContent, StringComparison.Ordinal);
        Assert.Null(await portal.ReadAsync(db => db.Measures.Where(m => m.Id == measure.Id).Select(m => m.PendingSnapshot).SingleAsync()));
    }

    [Fact]
    public async Task Without_an_account_no_pending_version_is_saved_published_or_abandoned()
    {
        var measure = await PublishedMeasureAsync(10);
        using var staff = await StaffBrowser.SignInAsync(portal);
        var form = StaffBrowser.EditForm(await staff.GetAsync($"/admin/mesures/{measure.Id}"));
        StaffBrowser.Fill(form, new() { ["Title"] = measure.Title + " (attente)" });
        var saved = await staff.SubmitAsync(form, SavePending);
        var version = StaffBrowser.EditForm(saved).Elements.OfType<IHtmlInputElement>().Single(i => i.Name == "version").Value;
        using var anonymous = StaffBrowser.Anonymous(portal, followRedirects: false);

        foreach (var (path, command) in new[] { ($"/admin/mesures/{measure.Id}", "publier-attente"), ($"/admin/mesures/{measure.Id}", "attente"), ($"/admin/mesures/{measure.Id}/version-en-attente/abandonner", "") })
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = version, ["commande"] = command, ["Title"] = "Titre d'un inconnu" });
            using var response = await anonymous.Http.PostAsync(new Uri(path, UriKind.Relative), content);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{path} {command}: {response.StatusCode}");
        }

        var stored = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == measure.Id));
        Assert.Equal(measure.Title, stored.Title);
        Assert.Contains(measure.Title + " (attente)", stored.PendingSnapshot, StringComparison.Ordinal);
        Assert.Equal(version, stored.Version.ToString());
    }
}
