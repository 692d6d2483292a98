using System.IO.Compression;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// Issue 19's source documents and press contacts, end to end: a source document takes its own PDF
/// (optional), which the pages that cite it offer for download; and what staff add in the admin —
/// a source document, a press contact, a measure citing the new document — is in the admin's
/// export of content/, whose import into an empty database recreates it (decision 0021).
/// </summary>
public sealed class SourceDocumentFileAndExportTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static IHtmlFormElement UploadForm(IHtmlDocument page) =>
        page.Forms.Single(f => f.Action.EndsWith("/fichiers", StringComparison.Ordinal));

    private static string Words(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\u00a0', '\u202f'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Creates a source document in the admin and cites it as the last source of a published measure, as staff do.</summary>
    private async Task<(SourceDocument Document, Measure Measure)> AddAndCiteAsync(StaffBrowser browser, string reference, string title, int measureIndex)
    {
        var form = StaffBrowser.EditForm(await browser.GetAsync("/admin/sources/nouveau"));
        StaffBrowser.Fill(form, new() { ["Title"] = title, ["Date"] = "2025-03-14", ["Emitter"] = "DDETS de l'Aude", ["FileName"] = reference });
        var created = await browser.SubmitAsync(form, "Publier");
        Assert.Contains("publié", created.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);

        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.Status == PublicationStatus.Published).OrderBy(m => m.Slug).Skip(measureIndex).FirstAsync());
        var edit = StaffBrowser.EditForm(await browser.SubmitAsync(StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}")), "Ajouter une source"));
        var row = measure.Sources.Count;
        edit.Elements.OfType<IHtmlSelectElement>().Single(s => s.Name == $"Sources[{row}].Document").Value = reference;
        StaffBrowser.Fill(edit, new() { [$"Sources[{row}].Location"] = "p. 2" });
        var saved = await browser.SubmitAsync(edit, "Enregistrer (visible aussitôt)");
        Assert.Contains("visible sur le site", saved.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        var document = await portal.ReadAsync(db => db.SourceDocuments.AsNoTracking().SingleAsync(d => d.FileName == reference));
        return (document, measure);
    }

    [Fact]
    public async Task A_source_document_s_pdf_is_offered_with_its_size_where_the_document_is_cited_and_only_a_pdf_is_taken()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var (document, measure) = await AddAndCiteAsync(browser, "note-ddets-11-2025-04", "Note de la DDETS de l'Aude sur les épiceries solidaires", measureIndex: 2);

        // Before any file: the citation is text only.
        var before = await portal.GetDocumentAsync($"/mesures/{measure.Slug}");
        var citation = before.QuerySelectorAll("#sources li").Single(li => li.TextContent.Contains("épiceries solidaires", StringComparison.Ordinal));
        Assert.Null(citation.QuerySelector("a"));

        // An image is refused with a message; then the PDF is taken; a second one is refused.
        var edit = await browser.GetAsync($"/admin/sources/{document.Id}");
        Assert.Equal("Fichier du document (PDF)", edit.QuerySelector("#fichiers-title")?.TextContent);
        using (var image = await browser.SendWithFileAsync(UploadForm(edit), [], PressMaterialTests.JpegWithExif("x"), "photo.jpg", "image/jpeg"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, image.StatusCode);
            var refused = await PortalFactory.ParseAsync(image);
            Assert.Contains("ne prend que le document lui-même, en PDF", refused.QuerySelector("#fichier-refuse")?.TextContent, StringComparison.Ordinal);
        }
        var pdf = PressMaterialTests.Pdf(240 * 1024);
        using (var sent = await browser.SendWithFileAsync(UploadForm(await browser.GetAsync($"/admin/sources/{document.Id}")), [], pdf, "note epiceries.pdf", "application/pdf"))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
            var page = await PortalFactory.ParseAsync(sent);
            Assert.Contains("est ajouté (PDF, 240 Ko)", Words(page.QuerySelector(".fr-alert--success")?.TextContent ?? ""), StringComparison.Ordinal);
            // One file at most: the form is gone until the file is removed.
            Assert.DoesNotContain(page.Forms, f => f.Action.EndsWith("/fichiers", StringComparison.Ordinal));
        }

        var after = await portal.GetDocumentAsync($"/mesures/{measure.Slug}");
        var link = after.QuerySelectorAll("#sources li").Single(li => li.TextContent.Contains("épiceries solidaires", StringComparison.Ordinal)).QuerySelector("a.fr-link--download");
        Assert.NotNull(link);
        Assert.Equal("Télécharger le document PDF, 240 Ko", Words(link.TextContent));
        using var client = portal.CreateClient();
        using var download = await client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("immutable", download.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        // The other sources, with no file, stay text.
        Assert.All(after.QuerySelectorAll("#sources li").Where(li => !li.TextContent.Contains("épiceries solidaires", StringComparison.Ordinal)), li => Assert.Null(li.QuerySelector("a")));
    }

    [Fact]
    public async Task The_admin_export_carries_a_press_contact_and_a_source_document_added_in_the_admin_and_its_import_recreates_them()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var (_, measure) = await AddAndCiteAsync(browser, "note-ddets-11-2025-05", "Note de la DDETS de l'Aude sur les cantines", measureIndex: 3);
        var contactForm = StaffBrowser.EditForm(await browser.GetAsync("/admin/contacts-presse/nouveau"));
        StaffBrowser.Fill(contactForm, new() { ["Name"] = "Camille Durand", ["Slug"] = "camille-durand", ["Role"] = "Chargée de communication", ["Phone"] = "05 34 45 30 00", ["Email"] = "camille.durand@occitanie.gouv.fr" });
        Assert.Contains("publié", (await browser.SubmitAsync(contactForm, "Publier")).QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);

        // The admin links the export; the zip is staff's only.
        var dashboard = await browser.GetAsync("/admin");
        Assert.NotNull(dashboard.QuerySelector("a[href='/admin/export']"));
        var exportPage = await browser.GetAsync("/admin/export");
        var href = exportPage.QuerySelector("main a.fr-link--download")!.GetAttribute("href")!;
        using (var anonymous = StaffBrowser.Anonymous(portal, followRedirects: false))
        {
            using var refused = await anonymous.Http.GetAsync(new Uri(href, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/admin/connexion", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
        using var zip = await browser.Http.GetAsync(new Uri(href, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        using var folder = new ContentFolder(copyRepositoryContent: false);
        using (var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync()))
        {
            archive.ExtractToDirectory(Path.GetDirectoryName(folder.Path)!, overwriteFiles: true);
        }

        Assert.Contains("- slug: camille-durand\n  name: \"Camille Durand\"\n  role: \"Chargée de communication\"\n  phone: \"05 34 45 30 00\"\n  email: \"camille.durand@occitanie.gouv.fr\"\n",
            folder.Read("reference/contacts-presse.yml"), StringComparison.Ordinal);
        Assert.Contains("- file: \"note-ddets-11-2025-05\"\n  title: \"Note de la DDETS de l'Aude sur les cantines\"\n  date: 2025-03-14\n  emitter: \"DDETS de l'Aude\"\n",
            folder.Read("reference/sources.yml"), StringComparison.Ordinal);
        Assert.Contains("  - document: \"note-ddets-11-2025-05\"\n    location: \"p. 2\"\n", folder.Read($"mesures/{measure.Slug}.md"), StringComparison.Ordinal);
        // What staff did not touch is as the repository writes it.
        Assert.Equal(File.ReadAllText(Path.Combine(Paths.Content, "reference", "departements.yml")), folder.Read("reference/departements.yml"));

        await using var imported = new PortalFactory { ContentPath = folder.Path };
        var contact = await imported.ReadAsync(db => db.PressContacts.AsNoTracking().SingleAsync(c => c.Slug == "camille-durand"));
        Assert.Equal(("Camille Durand", "Chargée de communication", "05 34 45 30 00", "camille.durand@occitanie.gouv.fr"), (contact.Name, contact.Role, contact.Phone, contact.Email));
        var source = await imported.ReadAsync(db => db.SourceDocuments.AsNoTracking().SingleAsync(d => d.FileName == "note-ddets-11-2025-05"));
        Assert.Equal(("Note de la DDETS de l'Aude sur les cantines", new DateOnly(2025, 3, 14), "DDETS de l'Aude"), (source.Title, source.Date, source.Emitter));
        var cited = await imported.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Slug == measure.Slug));
        Assert.Contains(cited.Sources, s => s.Document == "note-ddets-11-2025-05" && s.Location == "p. 2");
        var page = await imported.GetDocumentAsync($"/mesures/{measure.Slug}");
        Assert.Contains(page.QuerySelectorAll("#sources li"), li => li.TextContent.Contains("Note de la DDETS de l'Aude sur les cantines, p. 2", StringComparison.Ordinal));
    }
}
