using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Admin;
using Occitanie.Pauvrete.Web.Tests.Browser;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// Every page type, public and admin, is valid HTML for the W3C Nu Html Checker: no error.
/// The pages are the accessibility audit's (one list), rendered by the real app, checked by one JVM.
/// </summary>
[StartsEarly("the W3C checker's Java process")]
public sealed class HtmlValidityTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_page_type_passes_the_nu_html_checker_without_error()
    {
        NuHtmlChecker.AssertInstalled();
        var folder = Directory.CreateTempSubdirectory("html-validity-");
        var pages = new Dictionary<string, string>();
        await WritePublicPagesAsync(folder.FullName, pages);
        await WriteAdminPagesAsync(folder.FullName, pages);

        var errors = await NuHtmlChecker.CheckAsync(folder.FullName);

        // The pages stay on disk when the check fails, for a look at the lines it names.
        Assert.True(errors.Count == 0, Describe(errors, pages) + $"\nThe pages checked are in {folder.FullName}.");
        folder.Delete(recursive: true);
    }

    private async Task WritePublicPagesAsync(string folder, Dictionary<string, string> pages)
    {
        using var client = portal.CreateClient();
        await StatisticsSeed.EnsureAsync(portal);
        foreach (var (url, name) in Rows(AccessibilityTests.Pages))
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var expected = name == "404" ? HttpStatusCode.NotFound : HttpStatusCode.OK;
            Assert.True(response.StatusCode == expected, $"{url} answered {(int)response.StatusCode}, not {(int)expected}.");
            await WriteAsync(folder, pages, name, url, response);
        }

        // A measure with every field of an aid record and a departmental contact, which the content may not have (yet):
        // the département chosen with an office in the data, and without one (the directory's link).
        var measure = await new MeasureBuilder("mesure-complete-pour-validation")
            .Titled("Mesure complète", "Une mesure qui a tous les champs d'une aide, et un contact départemental.")
            .Funding("Subvention annuelle de 15 000 € par structure", 15000, "par structure et par an", "pendant 3 ans", "L'État verse **une subvention**.")
            .Applicants("Commune", "CCAS ou CIAS").Publics("Familles").Porteurs("État", "CAF")
            .HowToApply("1. Délibérer.\n2. Déposer la demande.").Kind(HelpKind.Grant).Territory("Communes rurales").Deadline(new DateOnly(2026, 6, 30))
            .Contact("Caisse d'allocations familiales (CAF) de votre département", service: "CAF")
            .Link("Carte des structures").Link("Le formulaire", "https://www.example.gouv.fr/formulaire")
            .Note("Une note de la rédaction.").Source(MeasureBuilder.Guide, "Atelier n°1").Verified(new DateOnly(2026, 12, 3))
            .SaveAsync(portal);
        await MeasureBuilder.SaveLocalContactAsync(portal, "CAF", "30", c => (c.Name, c.Phone, c.Address) = ("CAF du Gard", "04 66 00 00 00", "1 rue de l'Exemple, 30000 Nîmes"));
        foreach (var (query, name) in new[] { ("?departement=30", "mesure-complete-bureau"), ("?departement=11", "mesure-complete-annuaire") })
        {
            using var response = await client.GetAsync(new Uri(measure.Path + query, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await WriteAsync(folder, pages, name, measure.Path + query, response);
        }
    }

    private async Task WriteAdminPagesAsync(string folder, Dictionary<string, string> pages)
    {
        using (var anonymous = StaffBrowser.Anonymous(portal))
        {
            using var login = await anonymous.Http.GetAsync(new Uri("/admin/connexion", UriKind.Relative));
            await WriteAsync(folder, pages, "admin-connexion", "/admin/connexion", login);

            var form = LoginForm(await anonymous.GetAsync("/admin/connexion"));
            StaffBrowser.Fill(form, new() { ["Email"] = PortalFactory.AdminEmail, ["Password"] = "pas-le-bon-mot-de-passe" });
            using var refused = await anonymous.SendAsync(form);
            await WriteAsync(folder, pages, "admin-connexion-refusee", "/admin/connexion (mot de passe faux)", refused);
        }

        using var browser = await StaffBrowser.SignInAsync(portal);
        foreach (var (template, name) in Rows(AdminAccessibilityTests.Pages))
        {
            var url = await AdminAccessibilityTests.AddressAsync(portal, template);
            using var response = await browser.Http.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}.");
            await WriteAsync(folder, pages, name, url, response);
        }

        // The edit form as it comes back refused, with its error summary and messages tied to the fields.
        var edit = StaffBrowser.EditForm(await browser.GetAsync("/admin/mesures/nouveau"));
        StaffBrowser.Fill(edit, new() { ["Title"] = "", ["Slug"] = "Pas Une Adresse", ["FundingAmount"] = "beaucoup" });
        using var invalid = await browser.SendAsync(edit, "Enregistrer le brouillon");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        await WriteAsync(folder, pages, "admin-mesure-refusee", "/admin/mesures/nouveau (formulaire invalide)", invalid);

        // « Ajouter un contact » without JavaScript: the form as typed, with one more row.
        var release = StaffBrowser.EditForm(await browser.GetAsync("/admin/communiques/nouveau"));
        StaffBrowser.Fill(release, new() { ["Title"] = "Un communiqué en cours", ["PressContacts[0].Contact"] = "delphine-amilhau" });
        using var added = await browser.SendAsync(release, "Ajouter un contact");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        await WriteAsync(folder, pages, "admin-communique-ligne-ajoutee", "/admin/communiques/nouveau/ligne (un contact ajouté)", added);

        // « Marquer comme vérifié »: the form that follows (« Vérifié le … par … »), then one refused for a change not saved.
        var measure = await AdminAccessibilityTests.AddressAsync(portal, "/admin/mesures/{measure}");
        var review = StaffBrowser.EditForm(await browser.GetAsync(measure));
        using var verified = await browser.SendAsync(review, "Marquer comme vérifié");
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        await WriteAsync(folder, pages, "admin-mesure-verifiee", $"{measure} (marquée comme vérifiée)", verified);
        var changed = StaffBrowser.EditForm(await browser.GetAsync(measure));
        StaffBrowser.Fill(changed, new() { ["Funding"] = "Une modification non enregistrée" });
        using var unsaved = await browser.SendAsync(changed, "Marquer comme vérifié");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unsaved.StatusCode);
        await WriteAsync(folder, pages, "admin-verification-refusee", $"{measure} (vérification refusée : modification non enregistrée)", unsaved);

        // A date refused as impossible, then a save told of the link and the HTML the page will not show.
        var dated = StaffBrowser.EditForm(await browser.GetAsync("/admin/communiques/nouveau"));
        StaffBrowser.Fill(dated, new() { ["Title"] = "Communiqué pour la validation", ["Date"] = "31/02/2024", ["Place"] = "Toulouse", ["Emitter"] = "Préfecture", ["Body"] = "[lien](javascript:alert(1)) et <b>gras</b>" });
        using var impossible = await browser.SendAsync(dated, "Enregistrer le brouillon");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, impossible.StatusCode);
        await WriteAsync(folder, pages, "admin-date-impossible", "/admin/communiques/nouveau (date impossible)", impossible);
        var corrected = StaffBrowser.EditForm(await PortalFactory.ParseAsync(impossible));
        StaffBrowser.Fill(corrected, new() { ["Date"] = "28/02/2024" });
        using var warned = await browser.SendAsync(corrected, "Enregistrer le brouillon");
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        await WriteAsync(folder, pages, "admin-enregistre-avec-avertissements", "/admin/communiques/… (enregistré, avec avertissements)", warned);

        // A conflict where both changed one field: the form brought up to date, the clash named.
        await AccountSteps.CreateEditorAsync(portal, "redactrice.validite@occitanie.gouv.fr");
        using var colleague = await StaffBrowser.SignInAsync(portal, "redactrice.validite@occitanie.gouv.fr", AccountSteps.EditorPassword);
        var mine = StaffBrowser.EditForm(await browser.GetAsync(measure));
        var theirs = StaffBrowser.EditForm(await colleague.GetAsync(measure));
        StaffBrowser.Fill(theirs, new() { ["Funding"] = "Financement de la collègue" });
        await colleague.SubmitAsync(theirs, "enregistrer");
        StaffBrowser.Fill(mine, new() { ["Funding"] = "Mon financement" });
        using var conflict = await browser.SendAsync(mine, "enregistrer");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        await WriteAsync(folder, pages, "admin-conflit", $"{measure} (conflit)", conflict);

        // A pending version (decision 0013): the form showing it, and the dashboard listing it.
        var revised = StaffBrowser.EditForm(await browser.GetAsync(measure));
        StaffBrowser.Fill(revised, new() { ["Funding"] = "Un montant revu en attente" });
        using var pending = await browser.SendAsync(revised, "Enregistrer comme version en attente");
        Assert.Equal(HttpStatusCode.OK, pending.StatusCode);
        await WriteAsync(folder, pages, "admin-mesure-version-en-attente", $"{measure} (version en attente)", pending);
        using var dashboard = await browser.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        await WriteAsync(folder, pages, "admin-tableau-de-bord-version-en-attente", "/admin (une version en attente)", dashboard);

        // Press material: a release with an image and a PDF, its edit page listing them, and an upload refused.
        var pressRelease = await portal.ReadAsync(db => db.PressReleases.Where(r => r.Status == PublicationStatus.Published).OrderBy(r => r.Slug).FirstAsync());
        var releaseEdit = $"/admin/communiques/{pressRelease.Id}";
        static IHtmlFormElement UploadForm(IHtmlDocument page) => page.Forms.Single(f => f.Action.EndsWith("/fichiers", StringComparison.Ordinal));
        (await browser.SendWithFileAsync(UploadForm(await browser.GetAsync(releaseEdit)), new() { ["texteAlternatif"] = "Une photo" },
            Admin.PressMaterialTests.JpegWithExif("Description"), "photo.jpg", "image/jpeg")).Dispose();
        (await browser.SendWithFileAsync(UploadForm(await browser.GetAsync(releaseEdit)), new() { ["intitule"] = "Dossier de presse" },
            Admin.PressMaterialTests.Pdf(4096), "dossier.pdf", "application/pdf")).Dispose();
        using var withFiles = await browser.Http.GetAsync(new Uri(releaseEdit, UriKind.Relative));
        await WriteAsync(folder, pages, "admin-communique-fichiers", $"{releaseEdit} (une image et un PDF)", withFiles);
        using var refusedUpload = await browser.SendWithFileAsync(UploadForm(await browser.GetAsync(releaseEdit)), [], "<html></html>"u8.ToArray(), "faux.png", "image/png");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedUpload.StatusCode);
        await WriteAsync(folder, pages, "admin-fichier-refuse", $"{releaseEdit} (fichier refusé)", refusedUpload);
        using var releasePage = await browser.Http.GetAsync(new Uri($"/communiques/{pressRelease.Slug}", UriKind.Relative));
        await WriteAsync(folder, pages, "communique-image-et-pdf", $"/communiques/{pressRelease.Slug} (une image et un PDF)", releasePage);

        // A source document's own PDF: its edit page, and a measure citing it offering the download.
        var citing = await portal.ReadAsync(db => db.Measures.Where(m => m.Status == PublicationStatus.Published).OrderBy(m => m.Slug).FirstAsync());
        var cited = citing.Sources[0].Document;
        var sourceEdit = $"/admin/sources/{await portal.ReadAsync(db => db.SourceDocuments.Where(d => d.FileName == cited).Select(d => d.Id).SingleAsync())}";
        (await browser.SendWithFileAsync(UploadForm(await browser.GetAsync(sourceEdit)), [], Admin.PressMaterialTests.Pdf(4096), "document.pdf", "application/pdf")).Dispose();
        using var sourceWithFile = await browser.Http.GetAsync(new Uri(sourceEdit, UriKind.Relative));
        await WriteAsync(folder, pages, "admin-document-source-pdf", $"{sourceEdit} (son PDF)", sourceWithFile);
        using var citingPage = await browser.Http.GetAsync(new Uri($"/mesures/{citing.Slug}", UriKind.Relative));
        await WriteAsync(folder, pages, "mesure-source-pdf", $"/mesures/{citing.Slug} (une source avec son PDF)", citingPage);
    }

    private static IHtmlFormElement LoginForm(IHtmlDocument page) =>
        page.Forms.Single(f => f.Action.EndsWith("/admin/connexion", StringComparison.Ordinal));

    private static IEnumerable<(string Url, string Name)> Rows(TheoryData<string, string> data) =>
        data.Select(row => ((string)row[0], (string)row[1]));

    private static async Task WriteAsync(string folder, Dictionary<string, string> pages, string name, string url, HttpResponseMessage response)
    {
        var file = name + ".html";
        pages.Add(file, url);
        await File.WriteAllBytesAsync(Path.Combine(folder, file), await response.Content.ReadAsByteArrayAsync());
    }

    private static string Describe(IReadOnlyList<HtmlError> errors, Dictionary<string, string> pages)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"The Nu Html Checker found {errors.Count} error(s):");
        foreach (var error in errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column))
        {
            var page = pages.TryGetValue(error.File, out var url) ? url : error.File;
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"- {page} ({error.File}) line {error.Line}, column {error.Column}: {error.Message}");
            if (error.Extract.Length > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" — «{error.Extract.ReplaceLineEndings(" ").Trim()}»");
            }
        }
        return text.ToString();
    }
}
