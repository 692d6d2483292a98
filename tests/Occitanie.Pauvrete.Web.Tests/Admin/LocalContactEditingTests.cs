using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>« Contacts départementaux »: a service's contact in one département, created, listed, edited and saved through the generic editor.</summary>
public sealed class LocalContactEditingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>A département whose DDETS has no contact yet (the content may hold some).</summary>
    private Task<Departement> DepartementWithoutDdetsAsync(int skip = 0) => portal.ReadAsync(db => db.Departements.AsNoTracking()
        .Where(d => !db.LocalContacts.Any(c => c.Service == "DDETS" && c.DepartementId == d.Id))
        .OrderBy(d => d.Code).Skip(skip).FirstAsync());

    [Fact]
    public async Task A_departmental_contact_is_created_listed_filtered_by_departement_edited_and_saved()
    {
        var departement = await DepartementWithoutDdetsAsync();
        var slug = $"ddets-{departement.Code}";
        using var browser = await StaffBrowser.SignInAsync(portal);

        var form = StaffBrowser.EditForm(await browser.GetAsync("/admin/contacts-locaux/nouveau"));
        StaffBrowser.Fill(form, new()
        {
            ["Service"] = "DDETS",
            ["DepartementId"] = departement.Id.ToString(),
            ["Name"] = $"DDETS — {departement.Name}",
            ["Slug"] = slug,
            ["Phone"] = "04 00 00 00 00",
            ["Email"] = "ddets@example.gouv.fr",
            ["Url"] = "https://www.example.gouv.fr/ddets",
            ["Address"] = "1 place de la Préfecture",
        });
        var created = await browser.SubmitAsync(form, "Publier");

        Assert.Contains("est créé et publié", created.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        var stored = await portal.ReadAsync(db => db.LocalContacts.AsNoTracking().SingleAsync(c => c.Slug == slug));
        Assert.Equal(("DDETS", departement.Id, PublicationStatus.Published), (stored.Service, stored.DepartementId, stored.Status));
        Assert.Null(stored.Role);

        var list = await browser.GetAsync("/admin/contacts-locaux");
        Assert.Equal("Contacts départementaux", list.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(list.QuerySelectorAll("tbody tr td:first-child a"), a => a.GetAttribute("href") == $"/admin/contacts-locaux/{stored.Id}");
        var filtered = await browser.GetAsync($"/admin/contacts-locaux?filtre={departement.Id}");
        Assert.All(filtered.QuerySelectorAll("tbody tr td:first-child a"), a => Assert.Contains(departement.Name, a.TextContent, StringComparison.Ordinal));

        var edit = StaffBrowser.EditForm(await browser.GetAsync($"/admin/contacts-locaux/{stored.Id}"));
        Assert.Null(edit.Elements.OfType<IHtmlButtonElement>().FirstOrDefault(b => b.TextContent.Trim() == "Marquer comme vérifié"));
        StaffBrowser.Fill(edit, new() { ["Phone"] = "04 11 11 11 11", ["Role"] = "Accueil des collectivités" });
        var saved = await browser.SubmitAsync(edit, "Enregistrer (visible aussitôt)");

        Assert.NotNull(saved.QuerySelector(".fr-alert--success"));
        var changed = await portal.ReadAsync(db => db.LocalContacts.AsNoTracking().SingleAsync(c => c.Id == stored.Id));
        Assert.Equal(("04 11 11 11 11", "Accueil des collectivités"), (changed.Phone, changed.Role));
        Assert.Equal(2, await portal.ReadAsync(db => db.Revisions.CountAsync(r => r.EntityId == stored.Id)));
    }

    [Fact]
    public async Task A_second_contact_for_the_same_service_and_departement_is_refused_with_a_sentence_on_the_field()
    {
        var departement = await DepartementWithoutDdetsAsync(skip: 1);
        await portal.ReadAsync(async db =>
        {
            db.LocalContacts.Add(new LocalContact
            {
                Id = Guid.NewGuid(),
                Slug = $"ddets-{departement.Code}",
                Service = "DDETS",
                DepartementId = departement.Id,
                Name = $"DDETS — {departement.Name}",
                UpdatedBy = "test",
            });
            return await db.SaveChangesAsync();
        });
        using var browser = await StaffBrowser.SignInAsync(portal);

        var form = StaffBrowser.EditForm(await browser.GetAsync("/admin/contacts-locaux/nouveau"));
        StaffBrowser.Fill(form, new() { ["Service"] = "DDETS", ["DepartementId"] = departement.Id.ToString(), ["Name"] = "Doublon", ["Slug"] = "doublon-ddets" });
        using var response = await browser.SendAsync(form, "Publier");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains($"DDETS — {departement.Name}", page.GetElementById("errors")?.TextContent, StringComparison.Ordinal);
        Assert.False(await portal.ReadAsync(db => db.LocalContacts.AnyAsync(c => c.Slug == "doublon-ddets")));
    }
}
