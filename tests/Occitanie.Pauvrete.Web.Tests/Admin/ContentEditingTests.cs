using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>Staff edit content through the real forms; the public site shows the result at once.</summary>
public sealed class ContentEditingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<Measure> MeasureAsync(string slug) =>
        portal.ReadAsync(db => db.Measures.AsNoTracking().Include(m => m.Intentions).SingleAsync(m => m.Slug == slug));

    [Fact]
    public async Task The_list_shows_every_measure_and_filters_by_title_and_status()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var total = await portal.ReadAsync(db => db.Measures.CountAsync(m => m.Status != PublicationStatus.Deleted));

        var list = await browser.GetAsync("/admin/mesures");
        Assert.Equal("Mesures", list.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(total, list.QuerySelectorAll("tbody tr").Length);

        var filtered = await browser.GetAsync("/admin/mesures?q=cantine&statut=publie");
        var titles = filtered.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        Assert.NotEmpty(titles);
        Assert.True(titles.Count < total);
        Assert.All(titles, t => Assert.Contains("cantine", t, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Correcting_a_published_measure_shows_on_its_page_and_in_search_at_once()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.Status == PublicationStatus.Published).OrderBy(m => m.Slug).FirstAsync());
        await portal.GetDocumentAsync($"/mesures/{measure.Slug}"); // in the output cache now

        var edit = await browser.GetAsync($"/admin/mesures/{measure.Id}");
        var form = StaffBrowser.EditForm(edit);
        StaffBrowser.Fill(form, new() { ["Funding"] = "4 € par repas servi (montant corrigé)", ["FundingAmount"] = "4", ["Body"] = measure.Body + "\n\nMot témoin : zygomorphe." });
        var saved = await browser.SubmitAsync(form, "Enregistrer (visible aussitôt)");

        Assert.Contains("visible sur le site dès maintenant", saved.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        var page = await portal.GetDocumentAsync($"/mesures/{measure.Slug}");
        Assert.Contains("4 € par repas servi (montant corrigé)", PortalReading.Spaces(page.QuerySelector("main")!.TextContent), StringComparison.Ordinal);
        var search = await portal.GetDocumentAsync("/recherche?q=zygomorphe");
        Assert.Contains(search.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/mesures/{measure.Slug}");
        var stored = await MeasureAsync(measure.Slug);
        Assert.Equal(4m, stored.FundingAmount);
        Assert.Equal(PortalFactory.AdminEmail, stored.UpdatedBy);
    }

    [Fact]
    public async Task A_new_measure_stays_invisible_as_a_draft_and_appears_everywhere_once_published()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var axisId = await portal.ReadAsync(db => db.Axes.Where(a => a.Number == 1).Select(a => a.Id).SingleAsync());
        var intention = await portal.ReadAsync(db => db.Intentions.OrderBy(i => i.Order).FirstAsync());

        var form = StaffBrowser.EditForm(await browser.GetAsync("/admin/mesures/nouveau"));
        StaffBrowser.Fill(form, new()
        {
            ["Title"] = "Mesure d'essai pour les communes rurales",
            ["AxisId"] = axisId.ToString(),
            ["Body"] = "Un texte d'essai : quiproquo.",
            ["Contacts[0].Name"] = "Service d'essai",
            ["Contacts[0].Email"] = "essai@occitanie.gouv.fr",
        });
        StaffBrowser.Check(form, "Intentions", intention.Id.ToString());
        var publics = portal.Services.GetRequiredService<ContentVocabulary>().Publics[^1].Label;
        StaffBrowser.Check(form, "Publics", publics);
        var draft = await browser.SubmitAsync(form, "Enregistrer le brouillon");

        Assert.Equal("Brouillon", draft.QuerySelector("main .fr-badge")?.TextContent.Trim());
        const string slug = "mesure-d-essai-pour-les-communes-rurales";
        using (var anonymous = portal.CreateClient())
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/mesures/{slug}", UriKind.Relative))).StatusCode);
            Assert.DoesNotContain(slug, await anonymous.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)), StringComparison.Ordinal);
        }
        Assert.Empty((await portal.GetDocumentAsync("/recherche?q=quiproquo")).QuerySelectorAll($"main a[href='/mesures/{slug}']"));

        var published = await browser.SubmitAsync(StaffBrowser.EditForm(draft), "Publier");

        Assert.Equal("Publié", published.QuerySelector("main .fr-badge")?.TextContent.Trim());
        var page = await portal.GetDocumentAsync($"/mesures/{slug}");
        Assert.Equal("Mesure d'essai pour les communes rurales", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Service d'essai", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty((await portal.GetDocumentAsync("/recherche?q=quiproquo")).QuerySelectorAll($"main a[href='/mesures/{slug}']"));
        using (var anonymous = portal.CreateClient())
        {
            Assert.Contains(slug, await anonymous.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)), StringComparison.Ordinal);
        }
        var stored = await MeasureAsync(slug);
        Assert.Equal([publics], stored.Publics);
        Assert.Equal([intention.Id], stored.Intentions.Select(i => i.Id));
        Assert.Equal("essai@occitanie.gouv.fr", Assert.Single(stored.Contacts).Email);
    }

    [Fact]
    public async Task An_invalid_form_is_refused_field_by_field_and_keeps_what_was_typed()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var before = await portal.ReadAsync(db => db.Measures.CountAsync());

        var form = StaffBrowser.EditForm(await browser.GetAsync("/admin/mesures/nouveau"));
        StaffBrowser.Fill(form, new() { ["Title"] = "", ["Slug"] = "Pas Une Adresse", ["FundingAmount"] = "beaucoup", ["Body"] = "Texte à garder." });
        using var response = await browser.SendAsync(form, "Enregistrer le brouillon");
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var summary = page.QuerySelector("#errors")!.TextContent;
        Assert.Contains("« Titre » est obligatoire", summary, StringComparison.Ordinal);
        Assert.Contains("L'adresse ne peut contenir que", summary, StringComparison.Ordinal);
        Assert.Contains("« Montant en euros » doit être un nombre", summary, StringComparison.Ordinal);
        Assert.Contains("« Axe » est obligatoire", summary.Replace("Choisissez une valeur pour « Axe »", "« Axe » est obligatoire", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("Texte à garder.", page.QuerySelector("textarea[name='Body']")?.TextContent);
        Assert.Equal("f-Title-error", page.QuerySelector("#f-Title")?.GetAttribute("aria-describedby"));
        Assert.Equal(before, await portal.ReadAsync(db => db.Measures.CountAsync()));
    }

    [Fact]
    public async Task A_second_save_over_a_colleagues_change_is_refused_and_loses_nothing()
    {
        const string colleague = "redactrice.concurrence@occitanie.gouv.fr";
        await AccountSteps.CreateEditorAsync(portal, colleague);
        using var first = await StaffBrowser.SignInAsync(portal);
        using var second = await StaffBrowser.SignInAsync(portal, colleague, AccountSteps.EditorPassword);
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().OrderByDescending(m => m.Slug).FirstAsync());

        var firstForm = StaffBrowser.EditForm(await first.GetAsync($"/admin/mesures/{measure.Id}"));
        var secondForm = StaffBrowser.EditForm(await second.GetAsync($"/admin/mesures/{measure.Id}"));
        StaffBrowser.Fill(firstForm, new() { ["Funding"] = "Montant de la première personne" });
        await first.SubmitAsync(firstForm, "Enregistrer (visible aussitôt)");
        StaffBrowser.Fill(secondForm, new() { ["Funding"] = "Montant de la seconde personne", ["Summary"] = "Résumé de la seconde personne" });
        using var refused = await second.SendAsync(secondForm, "Enregistrer (visible aussitôt)");
        var page = await PortalFactory.ParseAsync(refused);

        Assert.Equal(System.Net.HttpStatusCode.Conflict, refused.StatusCode);
        var alert = page.QuerySelector("#conflict")!.TextContent;
        Assert.Contains(PortalFactory.AdminEmail, alert, StringComparison.Ordinal);
        Assert.Contains("Financement, en une ligne", alert, StringComparison.Ordinal);
        Assert.Equal("Montant de la seconde personne", (page.QuerySelector("input[name='Funding']") as IHtmlInputElement)?.Value);
        Assert.Equal("Résumé de la seconde personne", page.QuerySelector("textarea[name='Summary']")?.TextContent);
        Assert.Equal("Montant de la première personne", (await MeasureAsync(measure.Slug)).Funding);

        // Having read what changed, the colleague saves on purpose: the first version stays in the history.
        var saved = await second.SubmitAsync(StaffBrowser.EditForm(page), "Enregistrer (visible aussitôt)");
        Assert.NotNull(saved.QuerySelector(".fr-alert--success"));
        Assert.Equal("Montant de la seconde personne", (await MeasureAsync(measure.Slug)).Funding);
        var history = await portal.ReadAsync(db => db.Revisions.Where(r => r.EntityId == measure.Id).Select(r => r.Snapshot).ToListAsync());
        Assert.Contains(history, s => s.Contains("Montant de la première personne", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_trash_hides_an_item_from_the_site_and_gives_it_back_as_a_draft()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var workshop = await portal.ReadAsync(db => db.Workshops.AsNoTracking().Where(w => w.Status == PublicationStatus.Published).OrderBy(w => w.Order).LastAsync());

        var edit = await browser.GetAsync($"/admin/ateliers/{workshop.Id}");
        var list = await browser.SubmitAsync(await browser.ConfirmationFormAsync(edit, $"{workshop.Id}/corbeille"));

        Assert.Contains("est dans la corbeille", list.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        using (var anonymous = portal.CreateClient())
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/ateliers/{workshop.Slug}", UriKind.Relative))).StatusCode);
        }
        var kindList = await browser.GetAsync("/admin/ateliers?statut=corbeille");
        Assert.Single(kindList.Forms, f => f.Action.EndsWith($"/{workshop.Id}/restaurer", StringComparison.Ordinal));
        var trash = await browser.GetAsync("/admin/corbeille");
        Assert.Contains(workshop.Title, trash.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        var restore = trash.Forms.Single(f => f.Action.EndsWith($"/{workshop.Id}/restaurer", StringComparison.Ordinal));
        var restored = await browser.SubmitAsync(restore);

        Assert.Equal("Brouillon", restored.QuerySelector("main .fr-badge")?.TextContent.Trim());
        Assert.Equal(PublicationStatus.Draft, await portal.ReadAsync(db => db.Workshops.Where(w => w.Id == workshop.Id).Select(w => w.Status).SingleAsync()));
        Assert.Equal(
            [RevisionAction.Deleted, RevisionAction.Restored],
            await portal.ReadAsync(db => db.Revisions.Where(r => r.EntityId == workshop.Id && r.Author == PortalFactory.AdminEmail).OrderBy(r => r.Id).Select(r => r.Action).ToListAsync()));
    }

    [Fact]
    public async Task Script_typed_into_a_markdown_field_never_reaches_the_public_page()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.Status == PublicationStatus.Published).OrderBy(m => m.Slug).Skip(3).FirstAsync());
        const string payloads = """
            <script>alert(1)</script>
            <img src=x onerror="alert(2)">
            [clic](javascript:alert(3)) [clic2](JaVaScRiPt:alert(4)) [clic3](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==)
            <a href="javascript:alert(6)">lien</a> <svg onload=alert(7)></svg> <iframe src="https://example.org"></iframe>
            """;

        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}"));
        StaffBrowser.Fill(form, new() { ["Body"] = payloads, ["HowToApply"] = "[x](&#106;avascript:alert(8))" });
        await browser.SubmitAsync(form, "Enregistrer (visible aussitôt)");

        var main = (await portal.GetDocumentAsync($"/mesures/{measure.Slug}")).QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("script, iframe, svg[onload], img[onerror]"));
        Assert.DoesNotContain(main.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.DoesNotContain(main.QuerySelectorAll("[href], [src]"), e =>
            (e.GetAttribute("href") ?? e.GetAttribute("src"))!.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || (e.GetAttribute("href") ?? e.GetAttribute("src"))!.Trim().StartsWith("data:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_link_or_contact_site_that_is_not_a_web_address_is_refused_and_never_becomes_a_link()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.Status == PublicationStatus.Published).OrderBy(m => m.Slug).Skip(5).FirstAsync());

        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}"));
        var row = (form.Elements.OfType<IHtmlInputElement>().Where(e => e.Name?.StartsWith("Links[", StringComparison.Ordinal) == true && e.Name.EndsWith("].Title", StringComparison.Ordinal)).Last().Name)![..^".Title".Length];
        StaffBrowser.Fill(form, new() { [row + ".Title"] = "Lien piégé", [row + ".Url"] = "javascript:alert(1)" });
        using var refused = await browser.SendAsync(form, "Enregistrer (visible aussitôt)");
        var page = await PortalFactory.ParseAsync(refused);

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("doit être une adresse web complète", page.QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);

        // Stored by other means (an import, an old row), it is shown as text, not as a link.
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var stored = await db.Measures.SingleAsync(m => m.Id == measure.Id);
            stored.Links = [.. stored.Links, new Link { Title = "Lien piégé", Url = "javascript:alert(1)" }];
            stored.Contacts = [.. stored.Contacts, new Contact { Name = "Contact piégé", Url = "JaVaScRiPt:alert(2)" }];
            stored.UpdatedBy = "test";
            await db.SaveChangesAsync();
        }
        var main = (await portal.GetDocumentAsync($"/mesures/{measure.Slug}")).QuerySelector("main")!;
        Assert.Contains("Lien piégé", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(main.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("alert", StringComparison.OrdinalIgnoreCase));
    }
}
