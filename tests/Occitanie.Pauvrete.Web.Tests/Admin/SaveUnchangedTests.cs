using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// Opening an item's form and saving it as it is changes nothing: every kind's form shows every
/// stored value in a way its binder reads back to the same value (rows, links, tags in their order,
/// dates and amounts included), and an optional field left empty is stored as null, not as "".
/// </summary>
public sealed class SaveUnchangedTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>Stamped by every save: they change, and say nothing about the content.</summary>
    private static readonly string[] _stamps = ["Version", "UpdatedAt", "UpdatedBy"];

    public static TheoryData<string> Kinds() => [.. ContentKinds.All.Select(k => k.Slug)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task An_item_saved_unchanged_keeps_every_stored_value_and_its_history_shows_no_difference(string slug)
    {
        var kind = ContentKinds.BySlug(slug)!;
        await SavesUnchangedAsync(kind, await FullestItemAsync(kind));
    }

    [Fact]
    public async Task A_measure_with_every_aid_record_field_filled_saved_unchanged_keeps_them()
    {
        var id = await portal.ReadAsync(async db =>
        {
            var measure = await db.Measures.Where(m => m.Contacts.Count > 0).OrderBy(m => m.Slug).FirstAsync();
            measure.Applicants = ["EPCI", "Commune", "CCAS ou CIAS"];
            measure.HelpKind = HelpKind.SchemeToDirectPeopleTo;
            measure.FundingUnit = "par repas servi";
            measure.FundingPeriod = "pendant 3 ans";
            measure.ApplicationDeadline = new DateOnly(2027, 3, 31);
            measure.IsPermanent = true;
            measure.Territory = "quartiers prioritaires de la politique de la ville";
            measure.Contacts[0].Service = "DDETS";
            measure.UpdatedBy = "test";
            await db.SaveChangesAsync();
            return measure.Id;
        });

        await SavesUnchangedAsync(ContentKinds.BySlug("mesures")!, id);

        var saved = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(["EPCI", "Commune", "CCAS ou CIAS"], saved.Applicants);
        Assert.True(saved.IsPermanent);
        Assert.Equal(new DateOnly(2027, 3, 31), saved.ApplicationDeadline);
        Assert.Equal(HelpKind.SchemeToDirectPeopleTo, saved.HelpKind);
        Assert.Equal("DDETS", saved.Contacts[0].Service);
    }

    /// <summary>Opens the item's form, saves it as it is, and checks nothing changed but the stamps.</summary>
    private async Task SavesUnchangedAsync(ContentKind kind, Guid id)
    {
        var before = await StoredAsync(kind, id);
        var revisions = await RevisionCountAsync(id);
        using var browser = await StaffBrowser.SignInAsync(portal);

        var form = StaffBrowser.EditForm(await browser.GetAsync(kind.EditPath(id)));
        var saved = await browser.SubmitAsync(form, "enregistrer");

        Assert.Null(saved.QuerySelector("#errors, #conflict")?.TextContent);
        Assert.NotNull(saved.QuerySelector(".fr-alert--success"));
        Assert.Equal(before, await StoredAsync(kind, id));
        Assert.Equal(revisions + 1, await RevisionCountAsync(id));
        var compare = await browser.GetAsync($"{kind.HistoryPath(id)}/comparer");
        Assert.Null(compare.QuerySelector("#differences"));
        Assert.Contains("Aucune différence", compare.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_row_with_only_its_required_column_stores_its_empty_optional_columns_as_null()
    {
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().OrderBy(m => m.Slug).Skip(7).FirstAsync());
        using var browser = await StaffBrowser.SignInAsync(portal);

        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}"));
        var name = $"Contacts[{measure.Contacts.Count}].Name";
        StaffBrowser.Fill(form, new() { [name] = "Accueil de la mairie" });
        var saved = await browser.SubmitAsync(form, "enregistrer");

        Assert.NotNull(saved.QuerySelector(".fr-alert--success"));
        var contacts = await portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.Id == measure.Id).Select(m => m.Contacts).SingleAsync());
        Assert.Equal(measure.Contacts.Count + 1, contacts.Count);
        var added = contacts[^1];
        Assert.Equal("Accueil de la mairie", added.Name);
        Assert.All(new[] { added.Role, added.Phone, added.Mobile, added.Email, added.Url, added.Note }, Assert.Null);
    }

    /// <summary>
    /// The item of the kind with the most content (the longest snapshot): the most values to lose.
    /// Departmental contacts get one with every field filled: the content files may have none.
    /// </summary>
    private Task<Guid> FullestItemAsync(ContentKind kind) => portal.ReadAsync(async db =>
    {
        if (kind.EntityType == typeof(LocalContact) && !await db.LocalContacts.AnyAsync())
        {
            db.LocalContacts.Add(new LocalContact
            {
                Id = Guid.NewGuid(),
                Slug = "caf-81",
                Service = "CAF",
                DepartementId = await db.Departements.Where(d => d.Code == "81").Select(d => d.Id).SingleAsync(),
                Name = "Caisse d'allocations familiales du Tarn",
                Role = "Accueil des partenaires",
                Phone = "05 00 00 00 00",
                Email = "partenaires@caf81.example.fr",
                Url = "https://caf81.example.fr/partenaires",
                Address = "1 rue de l'Exemple\n81000 Albi",
                Note = "Sur rendez-vous.",
                Sources = [new SourceReference { Document = "source-de-test.txt", Location = "p. 2" }],
                UpdatedBy = "test",
            });
            await db.SaveChangesAsync();
        }
        var type = kind.EntityType.Name;
        return await db.Revisions.Where(r => r.EntityType == type)
            .OrderByDescending(r => r.Snapshot.Length).ThenBy(r => r.Id)
            .Select(r => r.EntityId)
            .FirstAsync();
    });

    /// <summary>Every stored value of the item (as its revisions record it), but the stamps of the save.</summary>
    private Task<string> StoredAsync(ContentKind kind, Guid id) => portal.ReadAsync(async db =>
    {
        var entry = db.Entry((await db.FindAsync(kind.EntityType, [id]))!);
        await RevisionSnapshot.LoadLinksAsync(entry, CancellationToken.None);
        var values = JsonNode.Parse(RevisionSnapshot.Write(entry))!.AsObject();
        foreach (var stamp in _stamps)
        {
            values.Remove(stamp);
        }
        return values.ToJsonString();
    });

    private Task<int> RevisionCountAsync(Guid id) => portal.ReadAsync(db => db.Revisions.CountAsync(r => r.EntityId == id));
}
