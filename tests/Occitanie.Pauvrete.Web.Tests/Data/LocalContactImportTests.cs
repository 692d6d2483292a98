using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Data;

/// <summary>
/// reference/contacts-locaux.yml: a departmental service's contact per département, imported like
/// the départements, its service and département checked. The repository's file has no row (no
/// source prints one): these tests read a fixture.
/// </summary>
public sealed class LocalContactImportTests : IDisposable
{
    private const string File = $"{ContentReader.ReferenceFolder}/{ContentReader.LocalContactsFile}";

    // A fixture: the names, the phone number and the address are not facts of the portal.
    private const string Fixture = """
        - slug: ddets-11
          service: DDETS
          departement: "11"
          name: "DDETS de test"
          phone: "00 00 00 00 00"
          address: "1 rue de l'Exemple"
          sources: [{ document: 003_07d57dd302962500.txt, location: "Atelier n°8 — Pour aller plus loin" }]
        - slug: caf-34
          service: "caisse d'allocations familiales"
          departement: "34"
          name: "CAF de test"
          status: draft
          sources: [{ document: 003_07d57dd302962500.txt, location: "Table-ronde I — Pour aller plus loin" }]

        """;

    private readonly TestDatabase _database = new();
    private readonly ContentFolder _content = new();

    public void Dispose()
    {
        _database.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task Departmental_contacts_are_imported_with_their_service_s_label_and_their_departement_once()
    {
        _content.Write(File, Fixture);

        var first = await _database.ImportAsync(_content.Path);
        var second = await _database.ImportAsync(_content.Path);

        Assert.Empty(first.Errors);
        Assert.Contains("LocalContact 'ddets-11' (content/reference/contacts-locaux.yml)", first.Added);
        Assert.Empty(second.Added);
        Assert.Empty(second.Refreshed);
        await using var db = _database.Open();
        var contacts = await db.LocalContacts.Include(c => c.Departement).OrderBy(c => c.Slug).ToListAsync();
        Assert.Equal(["caf-34", "ddets-11"], contacts.Select(c => c.Slug));
        Assert.Equal(["CAF", "DDETS"], contacts.Select(c => c.Service));
        Assert.Equal(["Hérault", "Aude"], contacts.Select(c => c.Departement!.Name));
        Assert.Equal("00 00 00 00 00", contacts[1].Phone);
        Assert.Equal("1 rue de l'Exemple", contacts[1].Address);
        Assert.Equal(PublicationStatus.Draft, contacts[0].Status);
        Assert.Equal("Atelier n°8 — Pour aller plus loin", contacts[1].Sources.Single().Location);
    }

    [Fact]
    public async Task A_contact_of_an_unknown_service_or_departement_or_a_second_for_the_same_pair_is_reported_at_its_line()
    {
        _content.Write(File, Fixture + """
            - slug: prefecture-11
              service: "Préfecture"
              departement: "11"
              name: "Préfecture"
              sources: [{ document: 003_07d57dd302962500.txt }]
            - slug: ddets-99
              service: DDETS
              departement: "99"
              name: "Nulle part"
              sources: [{ document: 003_07d57dd302962500.txt }]
            - slug: ddets-11-bis
              service: ddets
              departement: "11"
              name: "Doublon"
              sources: [{ document: 003_07d57dd302962500.txt }]
            - slug: dsden-11
              service: DSDEN
              departement: "11"
              name: "Sans source"
            """);

        var report = await _database.ImportAsync(_content.Path);

        Assert.Equal(
            [
                "content/reference/contacts-locaux.yml:15: 'Préfecture' is not in the 'services' of reference/vocabulaires.yml: write one of its labels or aliases, or add it there",
                "content/reference/contacts-locaux.yml:21: unknown département '99'",
                "content/reference/contacts-locaux.yml:25: the DDETS of département 11 already has a contact: one per service and département",
                "content/reference/contacts-locaux.yml:29: 'sources' is required: say which document (and page) this comes from",
            ],
            report.Errors.Select(e => e.ToString()));
        await using var db = _database.Open();
        Assert.Equal(["caf-34", "ddets-11"], await db.LocalContacts.OrderBy(c => c.Slug).Select(c => c.Slug).ToListAsync());
    }

    [Fact]
    public void The_repository_s_file_holds_no_contact_since_no_source_prints_one()
    {
        var (set, errors) = ContentReader.Read(Paths.Content);

        Assert.True(System.IO.File.Exists(Path.Combine(Paths.Content, File)));
        Assert.DoesNotContain(errors, e => e.File.EndsWith(ContentReader.LocalContactsFile, StringComparison.Ordinal));
        Assert.Empty(set.LocalContacts);
    }
}
