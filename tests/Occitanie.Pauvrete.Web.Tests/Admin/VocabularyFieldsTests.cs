using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// A measure's publics, porteurs and applicants, and a contact's departmental service, are chosen
/// from the portal's one vocabulary (content/reference/vocabulaires.yml), as the content files are.
/// </summary>
public sealed class VocabularyFieldsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private ContentVocabulary Vocabulary => portal.Services.GetRequiredService<ContentVocabulary>();

    private static List<string> Boxes(IHtmlFormElement form, string name) =>
        [.. form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "checkbox" && i.Name == name).Select(i => i.Value)];

    /// <summary>The list's labels as the form offers them: the ticked ones first, each part in the file's order.</summary>
    private static List<string> TickedFirst(IEnumerable<VocabularyTerm> terms, IReadOnlyCollection<string> ticked) =>
        [.. terms.Select(t => t.Label).OrderBy(l => ticked.Contains(l) ? 0 : 1)];

    [Fact]
    public async Task The_form_offers_each_lists_labels_ticked_first_in_the_files_order_and_the_services_as_a_select()
    {
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().OrderBy(m => m.Slug).FirstAsync());
        using var browser = await StaffBrowser.SignInAsync(portal);

        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}"));

        Assert.Equal(TickedFirst(Vocabulary.Applicants, measure.Applicants), Boxes(form, "Applicants"));
        var publics = Vocabulary.Publics.Select(t => t.Label).ToList();
        Assert.Equal(TickedFirst(Vocabulary.Publics, measure.Publics), Boxes(form, "Publics").Where(publics.Contains));
        Assert.Equal(measure.Publics.Order(), Boxes(form, "Publics").Take(measure.Publics.Count).Order());
        var porteurs = Vocabulary.Porteurs.Select(t => t.Label).ToList();
        Assert.Equal(TickedFirst(Vocabulary.Porteurs, measure.Porteurs), Boxes(form, "Porteurs").Where(porteurs.Contains));
        Assert.Null(form.Elements.FirstOrDefault(e => e.GetAttribute("name")?.EndsWith(".nouveaux", StringComparison.Ordinal) == true));
        var service = form.Elements.OfType<IHtmlSelectElement>().First(s => s.Name!.EndsWith("].Service", StringComparison.Ordinal));
        Assert.Equal(["", .. Vocabulary.Services.Select(t => t.Label)], service.Options.Select(o => o.Value));
    }

    [Fact]
    public async Task Ticked_labels_are_stored_a_word_outside_the_list_is_shown_as_such_and_kept_until_unticked()
    {
        const string outside = "Mairie annexe (mot d'avant la liste)";
        var measure = await portal.ReadAsync(async db =>
        {
            var item = await db.Measures.OrderBy(m => m.Slug).Skip(2).FirstAsync();
            item.Porteurs = [outside, .. item.Porteurs];
            item.Applicants = [];
            item.UpdatedBy = "test";
            await db.SaveChangesAsync();
            return item;
        });
        var applicant = Vocabulary.Applicants[0].Label;
        using var browser = await StaffBrowser.SignInAsync(portal);

        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}"));
        var box = form.Elements.OfType<IHtmlInputElement>().Single(i => i.Name == "Porteurs" && i.Value == outside);
        Assert.True(box.IsChecked);
        Assert.Equal($"{outside} (hors liste)", form.QuerySelector($"label[for='{box.Id}']")!.TextContent.Trim());
        StaffBrowser.Check(form, "Applicants", applicant);
        await browser.SubmitAsync(form, measure.Status == PublicationStatus.Published ? "Enregistrer (visible aussitôt)" : "Enregistrer le brouillon");

        var saved = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == measure.Id));
        Assert.Equal(measure.Porteurs, saved.Porteurs);
        Assert.Equal([applicant], saved.Applicants);

        form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}"));
        StaffBrowser.Check(form, "Porteurs", outside, isChecked: false);
        await browser.SubmitAsync(form, measure.Status == PublicationStatus.Published ? "Enregistrer (visible aussitôt)" : "Enregistrer le brouillon");

        saved = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == measure.Id));
        Assert.Equal(measure.Porteurs.Skip(1), saved.Porteurs);
    }
}
