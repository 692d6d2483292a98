using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// Press contacts are records (« Contacts presse » in the admin): a release picks them from a list,
/// and a contact edited once changes on every release that cites it. Releases saved before held
/// their contacts typed in; the upgrade turns those into records, one per person.
/// </summary>
public sealed class PressContactRecordsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_contact_edited_once_in_the_admin_changes_on_every_release_that_cites_it()
    {
        var contact = await portal.ReadAsync(db => db.PressContacts.AsNoTracking().SingleAsync(c => c.Name == "Delphine AMILHAU"));
        var citing = await portal.ReadAsync(async db => (await db.PressReleases.AsNoTracking().ToListAsync())
            .Where(r => r.PressContacts.Any(c => c.Contact == contact.Slug)).Select(r => r.Slug).ToList());
        Assert.True(citing.Count >= 2, "The content should cite Delphine AMILHAU in two releases.");
        using var browser = await StaffBrowser.SignInAsync(portal);

        var list = await browser.GetAsync("/admin/contacts-presse");
        Assert.NotNull(list.QuerySelector($"a[href='/admin/contacts-presse/{contact.Id}']"));
        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/contacts-presse/{contact.Id}"));
        StaffBrowser.Fill(form, new() { ["Mobile"] = "06 11 22 33 44", ["Role"] = "Chargée de communication" });
        var saved = await browser.SubmitAsync(form, "Enregistrer (visible aussitôt)");
        Assert.NotNull(saved.QuerySelector(".fr-alert--success"));

        foreach (var path in citing.Select(slug => $"/communiques/{slug}").Append("/communiques/contacts-presse").Append("/contact"))
        {
            var page = await portal.GetDocumentAsync(path);
            var text = VisibleText.Of(page.QuerySelector("main")!);
            Assert.Contains("Chargée de communication", text, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("main a[href='tel:+33611223344']"));
            Assert.Null(page.QuerySelector("main a[href='tel:+33670853075']"));
        }
    }

    [Fact]
    public async Task A_release_picks_its_contacts_by_name_from_the_records_and_keeps_their_order()
    {
        var release = await portal.ReadAsync(db => db.PressReleases.AsNoTracking().OrderByDescending(r => r.Date).FirstAsync());
        using var browser = await StaffBrowser.SignInAsync(portal);

        var edit = await browser.GetAsync($"/admin/communiques/{release.Id}");

        var selects = StaffBrowser.EditForm(edit).Elements.OfType<IHtmlSelectElement>().Where(s => s.Name!.StartsWith("PressContacts[", StringComparison.Ordinal)).ToList();
        Assert.Equal(release.PressContacts.Select(c => c.Contact), selects.Select(s => s.Value));
        var desk = selects.Last().SelectedOptions.Single().TextContent;
        Assert.Equal("Contact presse — service-presse@occitanie.gouv.fr", desk);
        Assert.Contains(selects[0].Options, o => o.TextContent == "Contact presse — communication@occitanie.gouv.fr");
    }

    [Fact]
    public async Task The_upgrade_turns_typed_contacts_into_records_one_per_name_and_e_mail_and_the_import_then_adds_none()
    {
        using var database = TestDatabase.CopyOfImportedContent();
        await using (var db = database.Open())
        {
            // The releases as an older version stored them: each contact typed in the release.
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "PressContacts" """);
            await db.Database.ExecuteSqlRawAsync("""UPDATE "PressReleases" SET "PressContacts" = {0} WHERE "Slug" = '2024-05-24-bilan-2023-transition-pacte-des-solidarites'""",
                """[{"Email":null,"Mobile":"06 45 89 72 16","Name":"Marie LATREILLE DE FOZIÈRES","Note":null,"Phone":"05 34 45 36 17","Role":null,"Service":null,"Url":null},{"Email":null,"Mobile":"06 70 85 30 75","Name":"Delphine AMILHAU","Note":null,"Phone":"05 34 45 38 31","Role":null,"Service":null,"Url":null},{"Email":"service-presse@occitanie.gouv.fr","Mobile":null,"Name":"Contact presse","Note":null,"Phone":"05 34 45 34 45","Role":null,"Service":null,"Url":null}]""");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "PressReleases" SET "PressContacts" = {0} WHERE "Slug" = '2021-07-07-strategie-pauvrete-deploiement-territoires'""",
                """[{"Name":"Marie LATREILLE DE FOZIERES","Phone":"05 34 45 36 17","Mobile":"06 45 89 72 16"},{"Name":"Delphine AMILHAU","Phone":"05 34 45 38 31","Mobile":"06 70 85 30 75"},{"Name":"Jennifer RIEU","Phone":"05 34 45 34 77","Mobile":"06 08 46 28 31"},{"Name":"Contact presse","Phone":"05 34 45 34 45","Email":"communication@occitanie.gouv.fr"}]""");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "PressReleases" SET "PressContacts" = {0} WHERE "Slug" = '2019-06-17-conferences-regionales-point-d-etape'""",
                """[{"Name":"Anne-Catherine Ferrari","Email":"anne-catherine.ferrari@sante.gouv.fr"}]""");

            await PressContactsToRecords.RunAsync(db, CancellationToken.None);
            await PressContactsToRecords.RunAsync(db, CancellationToken.None);
        }

        await using (var db = database.Open())
        {
            var records = await db.PressContacts.AsNoTracking().OrderBy(c => c.Slug).ToListAsync();
            Assert.Equal(["anne-catherine-ferrari", "contact-presse", "contact-presse-2", "delphine-amilhau", "jennifer-rieu", "marie-latreille-de-fozieres"], records.Select(c => c.Slug));
            // One record per person: the spelling and values of the newest release that prints it.
            Assert.Equal("Marie LATREILLE DE FOZIÈRES", records.Single(c => c.Slug == "marie-latreille-de-fozieres").Name);
            Assert.Equal("service-presse@occitanie.gouv.fr", records.Single(c => c.Slug == "contact-presse").Email);
            Assert.Null(records.Single(c => c.Slug == "delphine-amilhau").Email);
            var release2021 = await db.PressReleases.AsNoTracking().SingleAsync(r => r.Slug == "2021-07-07-strategie-pauvrete-deploiement-territoires");
            Assert.Equal(["marie-latreille-de-fozieres", "delphine-amilhau", "jennifer-rieu", "contact-presse-2"], release2021.PressContacts.Select(c => c.Contact));
        }

        // content/reference/contacts-presse.yml names them alike: the import refreshes them, adds none.
        var report = await database.ImportAsync(Paths.Content, force: true);
        Assert.Empty(report.Errors);
        Assert.DoesNotContain(report.Added, a => a.Contains(nameof(PressContact), StringComparison.Ordinal));
        await using (var db = database.Open())
        {
            Assert.Equal(6, await db.PressContacts.CountAsync());
        }
    }
}
