using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>Every save is in the item's history; two versions can be compared and an old one restored, as a new version.</summary>
public sealed class HistoryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Editor = "redactrice@occitanie.gouv.fr";
    private const string Proofreader = "relecteur@occitanie.gouv.fr";

    private async Task ChangeMeasureAsync(string slug, Action<Measure, PortalDbContext> change, string author)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var measure = await db.Measures.Include(m => m.Intentions).SingleAsync(m => m.Slug == slug);
        change(measure, db);
        measure.UpdatedBy = author;
        await db.SaveChangesAsync();
    }

    private Task<List<long>> RevisionIdsAsync(Guid id) =>
        portal.ReadAsync(db => db.Revisions.Where(r => r.EntityId == id).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());

    private static Task<IHtmlFormElement> RestoreFormAsync(StaffBrowser browser, IHtmlDocument page, long revisionId) =>
        browser.ConfirmationFormAsync(page, $"/historique/{revisionId}/restaurer");

    [Fact]
    public async Task Two_saves_are_listed_compared_and_the_first_version_is_restored_as_a_new_revision()
    {
        const string slug = "points-conseil-budget";
        var original = await portal.ReadAsync(db => db.Measures.AsNoTracking().Include(m => m.Intentions).SingleAsync(m => m.Slug == slug));
        await ChangeMeasureAsync(slug, (m, _) =>
        {
            m.Funding = "Subvention annuelle de 20 000 € par structure";
            m.Body += "\n\nParagraphe ajouté par la rédaction.";
        }, Editor);
        await ChangeMeasureAsync(slug, (m, db) =>
        {
            m.Contacts.Add(new Contact { Name = "Point conseil budget de Toulouse", Role = "Conseillère budgétaire" });
            m.Intentions.Add(db.Intentions.Single(i => i.Slug == "accompagner-les-jeunes"));
        }, Proofreader);
        var before = await RevisionIdsAsync(original.Id);
        Assert.True(before.Count >= 3);

        using var browser = await StaffBrowser.SignInAsync(portal);
        var history = await browser.GetAsync($"/admin/mesures/{original.Id}/historique");

        Assert.Contains(original.Title, history.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(history.QuerySelector("#versions caption"));
        var rows = history.QuerySelectorAll("#versions tbody tr");
        Assert.Equal(before.Count, rows.Length);
        Assert.Contains(Proofreader, rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Modification", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(Editor, rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Création", rows[^1].TextContent, StringComparison.Ordinal);
        // The latest version cannot be restored: it is the current one.
        Assert.DoesNotContain("Restaurer cette version", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Restaurer cette version", rows[1].TextContent, StringComparison.Ordinal);
        foreach (var radio in history.QuerySelectorAll("#versions input[type=radio]"))
        {
            var label = history.QuerySelector($"label[for='{radio.Id}']");
            Assert.StartsWith("Comparer", label?.TextContent.Trim(), StringComparison.Ordinal);
        }

        // Compare the first version (the import) with the latest, through the form.
        var compareForm = history.Forms.Single(f => f.Id == "comparer");
        StaffBrowser.Check(compareForm, "de", before[0].ToString(System.Globalization.CultureInfo.InvariantCulture));
        StaffBrowser.Check(compareForm, "a", before[^1].ToString(System.Globalization.CultureInfo.InvariantCulture));
        var diff = await browser.SubmitAsync(compareForm);

        Assert.Equal($"/admin/mesures/{original.Id}/historique/comparer", diff.Location.PathName);
        var labels = diff.QuerySelectorAll("#differences tbody th").Select(th => th.TextContent.Trim()).ToList();
        // In the order of the form: the measure's own fields come before the summary and the text.
        Assert.Equal(["Intentions « Je souhaite… »", "Financement, en une ligne", "Contacts", "Texte"], labels);
        var text = VisibleText.Of(diff.QuerySelector("#differences")!);
        Assert.Contains($"avant : {original.Funding}", text, StringComparison.Ordinal);
        Assert.Contains("après : Subvention annuelle de 20 000 € par structure", text, StringComparison.Ordinal);
        Assert.Contains("ajouté : Paragraphe ajouté par la rédaction.", text, StringComparison.Ordinal);
        Assert.Contains("ajouté : Point conseil budget de Toulouse — Conseillère budgétaire", text, StringComparison.Ordinal);
        Assert.Contains("ajouté : Je souhaite accompagner les jeunes dans la construction de leur avenir", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Résumé", labels);
        Assert.DoesNotContain(labels, l => l.StartsWith("Titre", StringComparison.Ordinal));

        var same = await browser.GetAsync($"/admin/mesures/{original.Id}/historique/comparer?de={before[1]}&a={before[1]}");
        Assert.Contains("Aucune différence", same.QuerySelector("#content")!.TextContent, StringComparison.Ordinal);

        // Restore the first version.
        var restored = await browser.SubmitAsync(await RestoreFormAsync(browser, history, before[0]));

        Assert.Equal($"/admin/mesures/{original.Id}/historique", restored.Location.PathName);
        var success = restored.QuerySelector(".fr-alert--success")?.TextContent;
        Assert.Contains("restaurée. Statut inchangé : publié.", success, StringComparison.Ordinal);
        var newRows = restored.QuerySelectorAll("#versions tbody tr");
        Assert.Equal(before.Count + 1, newRows.Length);
        Assert.Contains(PortalFactory.AdminEmail, newRows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Modification", newRows[0].TextContent, StringComparison.Ordinal);

        var saved = await portal.ReadAsync(db => db.Measures.AsNoTracking().Include(m => m.Intentions).SingleAsync(m => m.Slug == slug));
        Assert.Equal(original.Funding, saved.Funding);
        Assert.Equal(original.Body, saved.Body);
        Assert.Equal(original.Contacts.Select(c => c.Name), saved.Contacts.Select(c => c.Name));
        Assert.Equal(original.Intentions.Select(i => i.Id).Order(), saved.Intentions.Select(i => i.Id).Order());
        Assert.Equal(PublicationStatus.Published, saved.Status);
        Assert.Equal(PortalFactory.AdminEmail, saved.UpdatedBy);

        var after = await RevisionIdsAsync(original.Id);
        Assert.Equal(before, after.Take(before.Count));
        Assert.Equal(before.Count + 1, after.Count);
        var lastId = after[^1];
        var last = await portal.ReadAsync(db => db.Revisions.SingleAsync(r => r.Id == lastId));
        Assert.Equal((RevisionAction.Updated, PortalFactory.AdminEmail), (last.Action, last.Author));

        // The intention taken off the measure has its own revision, by the same person.
        var unlinked = await portal.ReadAsync(db => db.Revisions
            .Where(r => r.EntityKey == "accompagner-les-jeunes" && r.EntityType == "Intention")
            .OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(PortalFactory.AdminEmail, unlinked.Author);

        var page = await portal.GetDocumentAsync($"/mesures/{slug}");
        var content = VisibleText.Of(page.QuerySelector("main")!);
        Assert.Contains(VisibleText.Normalize(original.Funding!), content, StringComparison.Ordinal);
        Assert.DoesNotContain("20 000 € par structure", content, StringComparison.Ordinal);
        Assert.DoesNotContain("Point conseil budget de Toulouse", content, StringComparison.Ordinal);
        Assert.DoesNotContain("Paragraphe ajouté par la rédaction", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_atelier_gets_back_its_speakers_with_their_roles_and_its_measures()
    {
        Guid id;
        List<(string Name, SpeakerKind Kind)> speakers;
        List<Guid> measures;
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var workshop = await db.Workshops.Include(w => w.Measures).SingleAsync(w => w.Kind == WorkshopKind.Atelier && w.Number == "1");
            (id, speakers, measures) = (workshop.Id, [.. workshop.Speakers.Select(s => (s.Name, s.Kind))], [.. workshop.Measures.Select(m => m.Id).Order()]);
            workshop.Speakers.Clear();
            workshop.Measures.Clear();
            workshop.Place = "Lieu corrigé";
            workshop.UpdatedBy = Editor;
            await db.SaveChangesAsync();
        }
        var before = await RevisionIdsAsync(id);

        using var browser = await StaffBrowser.SignInAsync(portal);
        var history = await browser.GetAsync($"/admin/ateliers/{id}/historique");
        await browser.SubmitAsync(await RestoreFormAsync(browser, history, before[^2]));

        var saved = await portal.ReadAsync(db => db.Workshops.AsNoTracking().Include(w => w.Measures).SingleAsync(w => w.Id == id));
        Assert.NotEmpty(speakers);
        Assert.Equal(speakers, saved.Speakers.Select(s => (s.Name, s.Kind)));
        Assert.Equal(measures, saved.Measures.Select(m => m.Id).Order());
        Assert.NotEqual("Lieu corrigé", saved.Place);
    }

    [Fact]
    public async Task A_version_whose_slug_another_item_took_since_is_not_restored_and_nothing_is_saved()
    {
        const string first = "acces-a-l-alimentation";
        const string second = "accompagnement-global-avec-pole-emploi";
        await ChangeMeasureAsync(first, (m, _) => m.Slug = "acces-a-l-alimentation-renomme", Editor);
        await ChangeMeasureAsync(second, (m, _) => m.Slug = first, Editor);
        var id = await portal.ReadAsync(db => db.Measures.Where(m => m.Slug == "acces-a-l-alimentation-renomme").Select(m => m.Id).SingleAsync());
        var before = await RevisionIdsAsync(id);

        using var browser = await StaffBrowser.SignInAsync(portal);
        var history = await browser.GetAsync($"/admin/mesures/{id}/historique");
        var refused = await browser.SubmitAsync(await RestoreFormAsync(browser, history, before[0]));

        var error = refused.QuerySelector(".fr-alert--error")?.TextContent;
        Assert.Contains("n'a pas été restaurée", error, StringComparison.Ordinal);
        Assert.Contains($"« {first} »", error, StringComparison.Ordinal);
        Assert.Equal("acces-a-l-alimentation-renomme", await portal.ReadAsync(db => db.Measures.Where(m => m.Id == id).Select(m => m.Slug).SingleAsync()));
        Assert.Equal(before, await RevisionIdsAsync(id));
    }

    [Fact]
    public async Task An_unknown_kind_item_or_revision_is_not_found()
    {
        const string slug = "accompagnement-renove-des-beneficiaires-du-rsa-aveyron";
        await ChangeMeasureAsync(slug, (m, _) => m.Funding = "Financement corrigé", Editor);
        var measure = await portal.ReadAsync(db => db.Measures.Where(m => m.Slug == slug).Select(m => m.Id).SingleAsync());
        var otherRevision = await portal.ReadAsync(db => db.Revisions.Where(r => r.EntityId != measure).Select(r => r.Id).FirstAsync());
        using var browser = await StaffBrowser.SignInAsync(portal);

        foreach (var url in new[]
        {
            $"/admin/inconnus/{measure}/historique",
            $"/admin/mesures/{Guid.NewGuid()}/historique",
            $"/admin/ateliers/{measure}/historique",
            $"/admin/mesures/{measure}/historique/comparer?de={otherRevision}&a={otherRevision}",
        })
        {
            using var response = await browser.Http.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var page = await PortalFactory.ParseAsync(response);
            Assert.Equal("Page non trouvée", page.QuerySelector("h1")?.TextContent.Trim());
        }

        // A revision of another item, posted with this page's form and token.
        var history = await browser.GetAsync($"/admin/mesures/{measure}/historique");
        var form = await browser.ConfirmationFormAsync(history, "/restaurer");
        form.Action = $"/admin/mesures/{measure}/historique/{otherRevision}/restaurer";
        using var posted = await browser.SendAsync(form);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
    }
}
