using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Data;

public sealed class ContentImporterTests : IDisposable
{
    private const string Measure = "cantines-a-tarification-sociale";
    private readonly TestDatabase _database = new();
    private readonly ContentFolder _content = new();

    public void Dispose()
    {
        _database.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task An_empty_database_receives_every_item_of_content_with_its_links()
    {
        var expected = ContentReader.Read(_content.Path).Set;

        var report = await _database.ImportAsync(_content.Path);

        Assert.Empty(report.Errors);
        Assert.Equal(expected.Count, report.Added.Count);
        await using var db = _database.Open();
        Assert.Equal(6, await db.Axes.CountAsync());
        Assert.Equal(expected.Measures.Count, await db.Measures.CountAsync());
        Assert.Equal(expected.Workshops.Count, await db.Workshops.CountAsync());
        var workshop = await db.Workshops.Include(w => w.Measures).Include(w => w.Departement).Include(w => w.Intention)
            .SingleAsync(w => w.Kind == WorkshopKind.Atelier && w.Number == "1");
        Assert.Equal("Capendu", workshop.Commune);
        Assert.Equal("Aude", workshop.Departement!.Name);
        Assert.Equal("assurer-un-repas-equilibre", workshop.Intention!.Slug);
        Assert.Contains(workshop.Measures, m => m.Slug == Measure);
        Assert.Contains(workshop.Speakers, s => s.Name == "Claude Busto" && s.Kind == SpeakerKind.Animateur);
        var measure = await db.Measures.Include(m => m.Intentions).SingleAsync(m => m.Slug == Measure);
        Assert.Equal("3 € par repas servi dans la tranche tarifaire inférieure à un euro", measure.Funding);
        Assert.Contains(measure.Contacts, c => c.Phone == "05 49 37 56 30");
        var file = expected.Measures.Single(m => m.Key == Measure).Data;
        Assert.NotEmpty(measure.Applicants);
        Assert.Equal(file.Applicants, measure.Applicants);
        Assert.Equal(ContentValues.HelpKind(file.HelpKind), measure.HelpKind);
        Assert.NotNull(measure.HelpKind);
        Assert.Equal((file.FundingUnit, file.FundingPeriod, file.Territory), (measure.FundingUnit, measure.FundingPeriod, measure.Territory));
        Assert.NotNull(measure.FundingUnit);
        var budget = await db.Measures.SingleAsync(m => m.Slug == "points-conseil-budget");
        Assert.Equal(
            expected.Measures.Single(m => m.Key == "points-conseil-budget").Data.Contacts!.Select(c => c.Service),
            budget.Contacts.Select(c => c.Service));
        Assert.Contains(budget.Contacts, c => c.Service is not null);
        Assert.Equal(ContentImporter.Author, measure.CreatedBy);
        Assert.NotEqual(Guid.Empty, measure.Version);
    }

    [Fact]
    public async Task Source_documents_keep_their_dates_and_every_item_s_sources_name_one_of_them()
    {
        var expected = ContentReader.Read(_content.Path).Set.SourceDocuments.ToDictionary(d => d.Key, d => d.Data.Date);

        await _database.ImportAsync(_content.Path);

        await using var db = _database.Open();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var documents = await db.SourceDocuments.ToDictionaryAsync(d => d.FileName, d => d.Date);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), documents.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, e => Assert.Equal(e.Value, documents[e.Key]?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(documents.Values, date => date is not null);
        var cited = (await db.Measures.Select(m => m.Sources).ToListAsync())
            .Concat(await db.Workshops.Select(w => w.Sources).ToListAsync())
            .Concat(await db.Axes.Select(a => a.Sources).ToListAsync())
            .Concat(await db.Intentions.Select(i => i.Sources).ToListAsync())
            .Concat(await db.Conferences.Select(c => c.Sources).ToListAsync())
            .Concat(await db.PressReleases.Select(r => r.Sources).ToListAsync())
            .Concat(await db.WorkingGroups.Select(g => g.Sources).ToListAsync())
            .Concat(await db.Pages.Select(p => p.Sources).ToListAsync())
            .Concat(await db.FundingLines.Select(f => f.Sources).ToListAsync())
            .Concat(await db.KeyFigures.Select(k => k.Sources).ToListAsync())
            .Concat(await db.LocalContacts.Select(c => c.Sources).ToListAsync())
            .SelectMany(sources => sources)
            .ToList();
        Assert.True(cited.Count > 100, $"{cited.Count} source references");
        Assert.All(cited, s => Assert.True(documents.ContainsKey(s.Document), $"'{s.Document}' is no imported source document"));
    }

    [Fact]
    public async Task A_second_import_adds_and_changes_nothing()
    {
        var first = await _database.ImportAsync(_content.Path);
        int revisions, measures;
        await using (var db = _database.Open())
        {
            (revisions, measures) = (await db.Revisions.CountAsync(), await db.Measures.CountAsync());
        }

        var second = await _database.ImportAsync(_content.Path);

        Assert.Empty(second.Added);
        Assert.Empty(second.Refreshed);
        Assert.Equal(first.Added.Count, second.Unchanged);
        await using var after = _database.Open();
        Assert.Equal(revisions, await after.Revisions.CountAsync());
        Assert.Equal(measures, await after.Measures.CountAsync());
    }

    [Fact]
    public async Task An_item_staff_edited_is_kept_even_when_its_file_changes()
    {
        await _database.ImportAsync(_content.Path);
        await EditMeasureTitleAsStaff("Cantine à 1 € (titre corrigé)");
        _content.Write($"mesures/{Measure}.md", _content.Read($"mesures/{Measure}.md").Replace("title: \"Cantines à tarification sociale\"", "title: \"Cantines (fichier modifié)\"", StringComparison.Ordinal));

        var report = await _database.ImportAsync(_content.Path);

        Assert.Contains(report.KeptStaffEdits, k => k.Contains(Measure, StringComparison.Ordinal));
        await using var db = _database.Open();
        var measure = await db.Measures.SingleAsync(m => m.Slug == Measure);
        Assert.Equal("Cantine à 1 € (titre corrigé)", measure.Title);
        Assert.Equal("redactrice@occitanie.gouv.fr", measure.UpdatedBy);
    }

    [Fact]
    public async Task A_forced_import_overwrites_a_staff_edit_whose_version_stays_in_the_revisions()
    {
        await _database.ImportAsync(_content.Path);
        await EditMeasureTitleAsStaff("Cantine à 1 € (titre corrigé)");

        var report = await _database.ImportAsync(_content.Path, force: true);

        Assert.Contains(report.OverwrittenStaffEdits, k => k.Contains(Measure, StringComparison.Ordinal));
        await using var db = _database.Open();
        var measure = await db.Measures.SingleAsync(m => m.Slug == Measure);
        Assert.Equal("Cantines à tarification sociale", measure.Title);
        var history = await db.Revisions.Where(r => r.EntityId == measure.Id).OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(["import", "redactrice@occitanie.gouv.fr", "import"], history.Select(r => r.Author));
        Assert.Contains("Cantine à 1 € (titre corrigé)", history[1].Snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_nobody_edited_is_refreshed_when_its_file_changes()
    {
        await _database.ImportAsync(_content.Path);
        var file = "axes/acces-aux-droits.md";
        _content.Write(file, _content.Read(file).Replace("Le Pasip fédère l'ensemble des guichets sociaux.", "Le Pasip fédère les guichets sociaux (texte revu).", StringComparison.Ordinal));

        var report = await _database.ImportAsync(_content.Path);

        Assert.Equal(["Axis 'acces-aux-droits' (content/axes/acces-aux-droits.md)"], report.Refreshed);
        await using var db = _database.Open();
        Assert.Contains("(texte revu)", (await db.Axes.SingleAsync(a => a.Slug == "acces-aux-droits")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_file_is_skipped_and_everything_else_is_imported()
    {
        _content.Write("mesures/mesure-cassee.md", "---\ntitle: \"Mesure cassée\"\naxis: axe-inconnu\nsources: [{ document: 003_07d57dd302962500.txt }]\n---\nTexte.\n");
        var expected = ContentReader.Read(_content.Path).Set.Count;

        var report = await _database.ImportAsync(_content.Path);

        var error = Assert.Single(report.Errors);
        Assert.Equal("content/mesures/mesure-cassee.md:3: unknown axis 'axe-inconnu'", error.ToString());
        Assert.Equal(expected, report.Added.Count);
        await using var db = _database.Open();
        Assert.False(await db.Measures.AnyAsync(m => m.Slug == "mesure-cassee"));
        Assert.True(await db.Measures.AnyAsync(m => m.Slug == Measure));
    }

    private async Task EditMeasureTitleAsStaff(string title)
    {
        await using var db = _database.Open();
        var measure = await db.Measures.SingleAsync(m => m.Slug == Measure);
        measure.Title = title;
        measure.UpdatedBy = "redactrice@occitanie.gouv.fr";
        await db.SaveChangesAsync();
    }
}
