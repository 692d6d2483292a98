using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// The editor guides without JavaScript: parts under headings, one row per repeatable group and
/// « Ajouter un contact » that brings the form back as typed with one more row, a refused save that
/// adds no row, and a page that asks before each action that takes something off the site.
/// </summary>
public sealed class FormsThatGuideTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static int Rows(IHtmlDocument page, string property) =>
        page.QuerySelectorAll($"fieldset[id^='f-{property}-ligne-']").Length;

    [Fact]
    public async Task A_new_release_form_is_in_parts_under_headings_with_one_row_per_repeatable_group()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);

        var page = await browser.GetAsync("/admin/communiques/nouveau");

        Assert.Equal(
            ["Identité", "L'essentiel", "Détails", "Contacts", "Sources", "Publication"],
            page.QuerySelectorAll("main section.admin-form-section > h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(1, Rows(page, "PressContacts"));
        Assert.Single(page.QuerySelectorAll("[name$='].Document']"));
        Assert.Equal("Ajouter un contact", page.QuerySelector("button[name='ajouter'][value='PressContacts']")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".admin-savebar button[value='publier']"));
        var labels = string.Join(" ", page.QuerySelectorAll("main label, main legend").Select(l => l.TextContent));
        Assert.Contains("Adresse de la page", labels, StringComparison.Ordinal);
        Assert.DoesNotContain("slug", labels, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("markdown", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector("details.admin-format-help summary"));
    }

    [Fact]
    public async Task Ajouter_un_contact_brings_the_form_back_as_typed_with_one_more_row_and_saves_nothing()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var before = await portal.ReadAsync(db => db.PressReleases.CountAsync());
        var form = StaffBrowser.EditForm(await browser.GetAsync("/admin/communiques/nouveau"));
        StaffBrowser.Fill(form, new() { ["Title"] = "Communiqué en cours de saisie", ["PressContacts[0].Contact"] = "delphine-amilhau" });

        using var response = await browser.SendAsync(form, "Ajouter un contact");
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, Rows(page, "PressContacts"));
        Assert.Equal("delphine-amilhau", page.QuerySelector<IHtmlSelectElement>("select[name='PressContacts[0].Contact']")?.Value);
        Assert.Equal("", page.QuerySelector<IHtmlSelectElement>("select[name='PressContacts[1].Contact']")?.Value);
        Assert.Equal("Communiqué en cours de saisie", page.QuerySelector<IHtmlInputElement>("input[name='Title']")?.Value);
        Assert.Equal("Contact 2", page.QuerySelector("#f-PressContacts-ligne-2 legend")?.TextContent.Trim());
        // Nothing was checked: the empty required fields (date, place) show no error.
        Assert.Null(page.QuerySelector("#errors"));
        Assert.Empty(page.QuerySelectorAll(".fr-error-text, .fr-message--error"));
        Assert.Equal(before, await portal.ReadAsync(db => db.PressReleases.CountAsync()));

        // Another press adds one more, the rows typed so far kept.
        var third = await PortalFactory.ParseAsync(await browser.SendAsync(StaffBrowser.EditForm(page), "Ajouter un contact"));
        Assert.Equal(3, Rows(third, "PressContacts"));
        Assert.Equal("delphine-amilhau", third.QuerySelector<IHtmlSelectElement>("select[name='PressContacts[0].Contact']")?.Value);
    }

    [Fact]
    public async Task A_refused_save_adds_no_row_to_any_group()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var form = StaffBrowser.EditForm(await browser.GetAsync("/admin/communiques/nouveau"));
        StaffBrowser.Fill(form, new() { ["Title"] = "" });

        using var refused = await browser.SendAsync(form, "Enregistrer le brouillon");
        var page = await PortalFactory.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(1, Rows(page, "PressContacts"));
        Assert.Single(page.QuerySelectorAll("[name$='].Document']"));

        // Once more, after a row was added: still the rows the form had, no more.
        var added = await PortalFactory.ParseAsync(await browser.SendAsync(StaffBrowser.EditForm(page), "Ajouter un contact"));
        var again = await PortalFactory.ParseAsync(await browser.SendAsync(StaffBrowser.EditForm(added), "Enregistrer le brouillon"));
        Assert.Equal(2, Rows(again, "PressContacts"));
        Assert.Single(again.QuerySelectorAll("[name$='].Document']"));
    }

    [Fact]
    public async Task Trashing_an_axis_asks_first_naming_the_measures_that_use_it_and_happens_only_with_the_confirmation()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var axis = await portal.ReadAsync(db => db.Axes.AsNoTracking().Where(a => a.Status == PublicationStatus.Published)
            .OrderByDescending(a => a.Measures.Count(m => m.Status != PublicationStatus.Deleted)).FirstAsync());
        var users = await portal.ReadAsync(db => db.Measures.CountAsync(m => m.AxisId == axis.Id && m.Status != PublicationStatus.Deleted));
        Assert.True(users > 1);

        var edit = await browser.GetAsync($"/admin/axes/{axis.Id}");
        Assert.DoesNotContain(edit.Forms, f => f.Action.EndsWith("/corbeille", StringComparison.Ordinal));
        var confirmation = await browser.GetAsync($"/admin/axes/{axis.Id}/corbeille");

        Assert.Equal($"Mettre à la corbeille l'axe « {axis.Title} » ?", confirmation.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains($"{users} mesures utilisent cet axe (champ « Axe »)", confirmation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"/axes/{axis.Slug}", confirmation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PublicationStatus.Published, await StatusAsync(axis.Id));

        // The same post without the page's token is refused.
        using (var forged = await browser.Http.PostAsync(new Uri($"/admin/axes/{axis.Id}/corbeille", UriKind.Relative), new FormUrlEncodedContent([])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }
        Assert.Equal(PublicationStatus.Published, await StatusAsync(axis.Id));

        var done = await browser.SubmitAsync(confirmation.Forms.Single(f => f.Action.EndsWith($"/{axis.Id}/corbeille", StringComparison.Ordinal)));
        Assert.Contains("est dans la corbeille", done.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(PublicationStatus.Deleted, await StatusAsync(axis.Id));
    }

    [Fact]
    public async Task Unpublishing_asks_first_and_the_page_stays_online_until_confirmed()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var measure = await new MeasureBuilder("mesure-a-depublier").Titled("Mesure à dépublier").SaveAsync(portal);
        var id = await portal.ReadAsync(db => db.Measures.Where(m => m.Slug == measure.Slug).Select(m => m.Id).SingleAsync());

        var edit = await browser.GetAsync($"/admin/mesures/{id}");
        Assert.Null(edit.QuerySelector("button[value='depublier']"));
        var form = await browser.ConfirmationFormAsync(edit, $"{id}/depublier");
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync(new Uri(measure.Path, UriKind.Relative))).StatusCode);

        var done = await browser.SubmitAsync(form);

        Assert.Contains("dépubliée", done.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(PublicationStatus.Draft, await StatusAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync(new Uri(measure.Path, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Restoring_a_revision_asks_first_naming_the_fields_it_changes()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        await new MeasureBuilder("mesure-a-restaurer").Titled("Mesure à restaurer").SaveAsync(portal);
        var id = await portal.ReadAsync(db => db.Measures.Where(m => m.Slug == "mesure-a-restaurer").Select(m => m.Id).SingleAsync());
        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{id}"));
        StaffBrowser.Fill(form, new() { ["Territory"] = "Communes rurales" });
        await browser.SubmitAsync(form, "Enregistrer (visible aussitôt)");
        var revisions = await portal.ReadAsync(db => db.Revisions.Where(r => r.EntityId == id).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());

        var confirmation = await browser.GetAsync($"/admin/mesures/{id}/historique/{revisions[^2]}/restaurer");

        var text = confirmation.QuerySelector("main")!.TextContent;
        Assert.Contains("Territoire concerné", text, StringComparison.Ordinal);
        Assert.Contains("le changement est visible sur le site aussitôt", text, StringComparison.Ordinal);
        Assert.Equal(revisions.Count, await portal.ReadAsync(db => db.Revisions.CountAsync(r => r.EntityId == id)));
        await browser.SubmitAsync(confirmation.Forms.Single(f => f.Action.EndsWith("/restaurer", StringComparison.Ordinal)));
        Assert.Null(await portal.ReadAsync(db => db.Measures.Where(m => m.Id == id).Select(m => m.Territory).SingleAsync()));
    }

    [Fact]
    public async Task Disabling_an_account_and_a_new_link_for_ones_own_account_ask_first()
    {
        const string email = "compte.a.desactiver@occitanie.gouv.fr";
        await AccountSteps.CreateEditorAsync(portal, email);
        using var administrator = await StaffBrowser.SignInAsync(portal);
        var list = await administrator.GetAsync("/admin/comptes");

        var disable = await administrator.GetAsync(AccountSteps.RowOf(list, email).QuerySelector("a[href$='/desactiver']")!.GetAttribute("href")!);
        Assert.Equal($"Désactiver le compte {email} ?", disable.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("ne pourra plus se connecter", disable.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Désactivé", AccountSteps.RowOf(await administrator.GetAsync("/admin/comptes"), email).TextContent, StringComparison.Ordinal);
        var after = await administrator.SubmitAsync(disable.Forms.Single(f => f.Action.EndsWith("/desactiver", StringComparison.Ordinal)));
        Assert.Contains("Désactivé", AccountSteps.RowOf(after, email).TextContent, StringComparison.Ordinal);

        // « Générer un lien » on one's own account says it signs one out; nothing happens until confirmed.
        var own = await administrator.GetAsync(AccountSteps.RowOf(list, PortalFactory.AdminEmail).QuerySelector("a[href$='/lien']")!.GetAttribute("href")!);
        Assert.Contains("C'est votre propre compte : votre session sera fermée", own.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(AccountSteps.IsSignedIn(await administrator.GetAsync("/admin")));
    }

    [Fact]
    public async Task A_funding_sentence_citing_another_amount_than_the_amount_is_refused_and_an_old_one_is_shown_nowhere()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var measure = await new MeasureBuilder("mesure-montant-unique").Titled("Mesure au montant unique")
            .Funding("3 € par repas servi dans la tranche la plus basse", 3, "par repas servi").SaveAsync(portal);
        var id = await portal.ReadAsync(db => db.Measures.Where(m => m.Slug == measure.Slug).Select(m => m.Id).SingleAsync());

        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{id}"));
        Assert.NotNull(form.QuerySelector("fieldset.admin-group #f-FundingAmount"));
        Assert.NotNull(form.QuerySelector("fieldset.admin-group #f-Funding"));
        StaffBrowser.Fill(form, new() { ["FundingAmount"] = "4" });
        using var refused = await browser.SendAsync(form, "Enregistrer (visible aussitôt)");
        var page = await PortalFactory.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("La ligne cite 3 € alors que le montant est 4 € : accordez la ligne au montant, ou retirez-en le chiffre.",
            PortalReading.Spaces(page.QuerySelector("#f-Funding-error")?.TextContent ?? ""));
        Assert.Equal("4", page.QuerySelector<IHtmlInputElement>("#f-FundingAmount")?.Value);

        // Stored before the check (or by another way in): the old sentence is shown nowhere, the amount everywhere.
        await portal.ReadAsync(async db =>
        {
            await db.Measures.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.FundingAmount, 4m));
            return 0;
        });
        var shownPage = await portal.GetDocumentAsync(measure.Path);
        var shown = PortalReading.Spaces(shownPage.QuerySelector("#essentiel")!.TextContent + " " + shownPage.QuerySelector("#financement")!.TextContent);
        Assert.Contains("4 € par repas servi", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("3 €", shown, StringComparison.Ordinal);
        using var client = portal.CreateClient();
        var api = await client.GetStringAsync(new Uri($"/api/mesures/{measure.Slug}", UriKind.Relative));
        Assert.DoesNotContain("3 €", api, StringComparison.Ordinal);
        Assert.DoesNotContain("3 \\u20AC", api, StringComparison.OrdinalIgnoreCase);
    }

    private Task<PublicationStatus> StatusAsync(Guid id) =>
        portal.ReadAsync(async db =>
            await db.Measures.Where(m => m.Id == id).Select(m => (PublicationStatus?)m.Status).SingleOrDefaultAsync()
            ?? await db.Axes.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
}
