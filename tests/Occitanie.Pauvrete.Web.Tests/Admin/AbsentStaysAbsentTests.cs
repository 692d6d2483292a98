using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// An optional field left empty is absent: stored as null (never ""), by the form and by the
/// database's own rule, cleaned from older saves by a migration, and never shown as an empty line
/// (« Portable : » with an empty tel: link, a comma after a name, an empty paragraph).
/// </summary>
public sealed class AbsentStaysAbsentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_release_published_with_its_optional_fields_empty_stores_null_and_shows_no_empty_line()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var contactForm = StaffBrowser.EditForm(await browser.GetAsync("/admin/contacts-presse/nouveau"));
        StaffBrowser.Fill(contactForm, new()
        {
            ["Name"] = "Bureau de la communication interministérielle",
            ["Phone"] = "05 34 45 36 17",
            ["Role"] = "  ",
        });
        await browser.SubmitAsync(contactForm, "Publier");
        var contact = await portal.ReadAsync(db => db.PressContacts.AsNoTracking().SingleAsync(c => c.Name == "Bureau de la communication interministérielle"));
        Assert.All(new[] { contact.Role, contact.Mobile, contact.Email, contact.Url, contact.Note }, Assert.Null);

        var form = StaffBrowser.EditForm(await browser.GetAsync("/admin/communiques/nouveau"));
        StaffBrowser.Fill(form, new()
        {
            ["Title"] = "Communiqué d'essai aux champs facultatifs vides",
            ["Date"] = "15/03/2024",
            ["Place"] = "Toulouse",
            ["Emitter"] = "Préfecture de la région Occitanie",
            ["Body"] = "Un texte d'essai.",
            ["Summary"] = "   ",
            ["PressContacts[0].Contact"] = contact.Slug,
        });
        var published = await browser.SubmitAsync(form, "Publier");

        Assert.Equal("Publié", published.QuerySelector("main .fr-badge")?.TextContent.Trim());
        var release = await portal.ReadAsync(db => db.PressReleases.AsNoTracking().SingleAsync(r => r.Slug == "communique-d-essai-aux-champs-facultatifs-vides"));
        Assert.All(new[] { release.Lead, release.Summary, release.EditorNote }, Assert.Null);
        Assert.Equal(contact.Slug, Assert.Single(release.PressContacts).Contact);
        foreach (var (url, part) in new[] { ($"/communiques/{release.Slug}", "main"), ("/communiques/contacts-presse", $"section[aria-labelledby='contacts-{release.Slug}']") })
        {
            var main = (await portal.GetDocumentAsync(url)).QuerySelector(part)!;
            Assert.DoesNotContain("Portable", main.TextContent, StringComparison.Ordinal);
            Assert.Empty(main.QuerySelectorAll("a[href='tel:']"));
            Assert.Contains(main.QuerySelectorAll("a[href^='tel:']"), a => a.TextContent == "05 34 45 36 17");
            Assert.DoesNotContain(main.QuerySelectorAll("p"), p => p.TextContent.Trim().Length == 0 && p.Children.Length == 0);
        }
    }

    [Fact]
    public async Task Texts_an_older_save_stored_empty_show_no_empty_line_and_a_new_save_stores_them_as_null()
    {
        // As the editor stored them before: "" for the optional texts, inside the JSON lists too.
        var (release, contact, workshop, index) = await portal.ReadAsync(async db =>
        {
            var r = await db.PressReleases.Where(p => p.Status == PublicationStatus.Published && p.PressContacts.Count > 0).OrderBy(p => p.Slug).FirstAsync();
            var c = await db.PressContacts.SingleAsync(x => x.Slug == r.PressContacts[0].Contact);
            var w = await db.Workshops.Where(x => x.Status == PublicationStatus.Published && x.Speakers.Count > 1).OrderBy(x => x.Slug).FirstAsync();
            var i = w.Speakers.Count - 1;
            await db.Database.ExecuteSqlRawAsync("""UPDATE "PressReleases" SET "Lead" = '' WHERE "Id" = {0}""", Key(r.Id));
            await db.Database.ExecuteSqlRawAsync("""UPDATE "PressContacts" SET "Mobile" = '', "Role" = '' WHERE "Id" = {0}""", Key(c.Id));
            await db.Database.ExecuteSqlRawAsync(
                """UPDATE "Workshops" SET "Speakers" = json_set("Speakers", '$[' || {1} || '].Role', '') WHERE "Id" = {0}""", Key(w.Id), i);
            return (r, c, w, i);
        });
        Assert.Equal("", await portal.ReadAsync(db => db.PressContacts.AsNoTracking().Where(c => c.Id == contact.Id).Select(c => c.Mobile).SingleAsync()));

        var releasePage = (await portal.GetDocumentAsync($"/communiques/{release.Slug}")).QuerySelector("main")!;
        Assert.DoesNotContain("Portable", releasePage.TextContent, StringComparison.Ordinal);
        Assert.Empty(releasePage.QuerySelectorAll("a[href='tel:'], p.fr-text--lead:empty"));
        var speaker = workshop.Speakers[index].Name;
        var workshopPage = (await portal.GetDocumentAsync($"/ateliers/{workshop.Slug}")).QuerySelector("main")!;
        var line = workshopPage.QuerySelectorAll("li").First(li => li.QuerySelector("strong")?.TextContent == speaker);
        Assert.Equal(speaker, line.TextContent.Trim());

        // Saved again through the forms, unchanged: the empty texts are stored as null.
        using var browser = await StaffBrowser.SignInAsync(portal);
        var saved = await browser.SubmitAsync(StaffBrowser.EditForm(await browser.GetAsync($"/admin/communiques/{release.Id}")), "enregistrer");
        Assert.NotNull(saved.QuerySelector(".fr-alert--success"));
        Assert.Null(await portal.ReadAsync(db => db.PressReleases.AsNoTracking().Where(r => r.Id == release.Id).Select(r => r.Lead).SingleAsync()));
        var savedContact = await browser.SubmitAsync(StaffBrowser.EditForm(await browser.GetAsync($"/admin/contacts-presse/{contact.Id}")), "enregistrer");
        Assert.NotNull(savedContact.QuerySelector(".fr-alert--success"));
        var stored = await portal.ReadAsync(db => db.PressContacts.AsNoTracking().SingleAsync(c => c.Id == contact.Id));
        Assert.Null(stored.Mobile);
        Assert.Null(stored.Role);
    }

    [Fact]
    public async Task The_migration_turns_the_empty_texts_of_older_saves_into_null_in_columns_and_json_lists()
    {
        using var database = TestDatabase.CopyOfImportedContent();
        await using var db = database.Open();
        var migrations = db.Database.GetMigrations().ToList();
        var cleaning = migrations.FindIndex(m => m.EndsWith("_BlankTextAsNull", StringComparison.Ordinal));
        await db.GetService<IMigrator>().MigrateAsync(migrations[cleaning - 1]);
        // Only the columns this older schema has: the current model has more (a later migration's).
        var measure = (await db.Measures.AsNoTracking().Where(m => m.Contacts.Count > 0).OrderBy(m => m.Slug).Select(m => new { m.Id, m.Contacts }).ToListAsync())
            .First(m => m.Contacts[0].Mobile is null && m.Contacts[0].Note is null);
        await db.Database.ExecuteSqlRawAsync(
            """
            UPDATE "Measures" SET "FundingUnit" = '', "Territory" = '',
                "Contacts" = json_set("Contacts", '$[0].Mobile', '', '$[0].Note', '')
            WHERE "Id" = {0}
            """, Key(measure.Id));
        Assert.Equal("", await db.Measures.AsNoTracking().Where(m => m.Id == measure.Id).Select(m => m.FundingUnit).SingleAsync());

        await db.Database.MigrateAsync();

        var cleaned = await db.Measures.AsNoTracking().SingleAsync(m => m.Id == measure.Id);
        Assert.Null(cleaned.FundingUnit);
        Assert.Null(cleaned.Territory);
        Assert.All(cleaned.Contacts, c => Assert.False(c.Mobile is "" || c.Note is ""));
        Assert.Equal(measure.Contacts.Select(c => c.Name), cleaned.Contacts.Select(c => c.Name));
        Assert.Equal(measure.Contacts.Select(c => c.Phone), cleaned.Contacts.Select(c => c.Phone));
        var json = await db.Database.SqlQueryRaw<string>("""SELECT "Contacts" AS "Value" FROM "Measures" WHERE "Id" = {0}""", Key(measure.Id)).SingleAsync();
        Assert.DoesNotContain("\"\"", json, StringComparison.Ordinal);
    }

    /// <summary>A Guid as the portal's SQLite columns hold it (upper case text), for raw SQL.</summary>
    private static string Key(Guid id) => id.ToString().ToUpperInvariant();
}
