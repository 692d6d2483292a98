using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// Source documents are records staff add in the admin (« Documents sources »); an item's sources
/// are chosen from them by title, never typed as internal file names, and a new one can be cited.
/// </summary>
public sealed class SourceDocumentRecordsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_measure_s_sources_are_chosen_by_title_from_the_source_documents()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.Status == PublicationStatus.Published).OrderBy(m => m.Slug).FirstAsync());
        var cited = await portal.ReadAsync(db => db.SourceDocuments.AsNoTracking().SingleAsync(d => d.FileName == measure.Sources[0].Document));

        var edit = await browser.GetAsync($"/admin/mesures/{measure.Id}");

        var select = StaffBrowser.EditForm(edit).Elements.OfType<IHtmlSelectElement>().Single(s => s.Name == "Sources[0].Document");
        Assert.Equal(cited.FileName, select.Value);
        Assert.StartsWith(cited.Title, select.SelectedOptions.Single().TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(select.Options, o => o.TextContent.Contains(".txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_source_document_added_in_the_admin_can_be_cited_by_a_measure()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var form = StaffBrowser.EditForm(await browser.GetAsync("/admin/sources/nouveau"));
        StaffBrowser.Fill(form, new()
        {
            ["Title"] = "Note de la DDETS de l'Aude sur les petits déjeuners",
            ["Date"] = "2025-03-14",
            ["Emitter"] = "DDETS de l'Aude",
            ["FileName"] = "note-ddets-11-2025-03",
        });
        var created = await browser.SubmitAsync(form, "Publier");
        Assert.Contains("publié", created.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);

        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.Status == PublicationStatus.Published).OrderBy(m => m.Slug).Skip(1).FirstAsync());
        // « Ajouter une source »: the form comes back with one more row, for the new document.
        var edit = StaffBrowser.EditForm(await browser.SubmitAsync(StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}")), "Ajouter une source"));
        var row = measure.Sources.Count;
        var select = edit.Elements.OfType<IHtmlSelectElement>().Single(s => s.Name == $"Sources[{row}].Document");
        var option = select.Options.Single(o => o.Value == "note-ddets-11-2025-03");
        Assert.Equal("Note de la DDETS de l'Aude sur les petits déjeuners — 14 mars 2025 — DDETS de l'Aude", option.TextContent);
        select.Value = option.Value;
        StaffBrowser.Fill(edit, new() { [$"Sources[{row}].Location"] = "p. 2" });
        var saved = await browser.SubmitAsync(edit, "Enregistrer (visible aussitôt)");
        Assert.Contains("visible sur le site", saved.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);

        var stored = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == measure.Id));
        Assert.Contains(stored.Sources, s => s.Document == "note-ddets-11-2025-03" && s.Location == "p. 2");
        var page = await portal.GetDocumentAsync($"/mesures/{measure.Slug}");
        Assert.Contains(page.QuerySelectorAll("#sources li"), li => li.TextContent.Contains("Note de la DDETS de l'Aude sur les petits déjeuners, p. 2", StringComparison.Ordinal));
    }
}
