using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Data;

/// <summary>Every save stamps the item and keeps its full state; concurrent saves are refused.</summary>
public sealed class RevisionTests : IDisposable
{
    /// <summary>The repository's content/ as an import leaves it.</summary>
    private readonly TestDatabase _database = TestDatabase.CopyOfImportedContent();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_save_writes_a_revision_with_the_whole_item_its_owned_values_and_its_links()
    {
        await using (var db = _database.Open())
        {
            var measure = await db.Measures.SingleAsync(m => m.Slug == "points-conseil-budget");
            measure.Funding = "15 000 € par an pendant 3 ans (corrigé)";
            measure.UpdatedBy = "redactrice@occitanie.gouv.fr";
            await db.SaveChangesAsync();
        }

        await using var check = _database.Open();
        var saved = await check.Measures.Include(m => m.Intentions).SingleAsync(m => m.Slug == "points-conseil-budget");
        var revision = await check.Revisions.Where(r => r.EntityId == saved.Id).OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal(RevisionAction.Updated, revision.Action);
        Assert.Equal("redactrice@occitanie.gouv.fr", revision.Author);
        Assert.Equal("Measure", revision.EntityType);
        Assert.Equal("points-conseil-budget", revision.EntityKey);
        using var snapshot = JsonDocument.Parse(revision.Snapshot);
        var root = snapshot.RootElement;
        Assert.Equal("15 000 € par an pendant 3 ans (corrigé)", root.GetProperty("Funding").GetString());
        Assert.Equal(saved.Contacts.Count, root.GetProperty("Contacts").GetArrayLength());
        Assert.Equal(
            saved.Intentions.Select(i => i.Id.ToString()).Order(),
            root.GetProperty("Intentions").EnumerateArray().Select(e => e.GetString()!).Order());
        Assert.Equal(saved.AxisId.ToString(), root.GetProperty("AxisId").GetString());
        Assert.True(saved.UpdatedAt >= saved.CreatedAt);
    }

    [Fact]
    public async Task Changing_only_a_link_or_an_owned_value_is_a_change_of_the_item()
    {
        Guid version;
        await using (var db = _database.Open())
        {
            var workshop = await db.Workshops.SingleAsync(w => w.Kind == WorkshopKind.Atelier && w.Number == "1");
            workshop.UpdatedBy = "redactrice@occitanie.gouv.fr";
            await db.SaveChangesAsync();
            version = workshop.Version;

            // The same editor saves again: only an owned value changes, no property of the workshop itself.
            workshop.Speakers.RemoveAt(1);
            await db.SaveChangesAsync();
        }

        await using var check = _database.Open();
        var saved = await check.Workshops.SingleAsync(w => w.Kind == WorkshopKind.Atelier && w.Number == "1");
        Assert.NotEqual(version, saved.Version);
        Assert.Single(saved.Speakers);
        var revision = await check.Revisions.Where(r => r.EntityId == saved.Id).OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal(1, JsonDocument.Parse(revision.Snapshot).RootElement.GetProperty("Speakers").GetArrayLength());
    }

    [Fact]
    public async Task Unlinking_a_measure_is_a_change_of_the_workshop()
    {
        Guid version;
        await using (var db = _database.Open())
        {
            var workshop = await db.Workshops.Include(w => w.Measures).SingleAsync(w => w.Kind == WorkshopKind.Atelier && w.Number == "1");
            workshop.UpdatedBy = "redactrice@occitanie.gouv.fr";
            await db.SaveChangesAsync();
            version = workshop.Version;

            workshop.Measures.Clear();
            await db.SaveChangesAsync();
        }

        await using var check = _database.Open();
        var saved = await check.Workshops.Include(w => w.Measures).SingleAsync(w => w.Kind == WorkshopKind.Atelier && w.Number == "1");
        Assert.Empty(saved.Measures);
        Assert.NotEqual(version, saved.Version);
        var revision = await check.Revisions.Where(r => r.EntityId == saved.Id).OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal(0, JsonDocument.Parse(revision.Snapshot).RootElement.GetProperty("Measures").GetArrayLength());
    }

    [Fact]
    public async Task A_delete_keeps_the_last_state_in_a_revision()
    {
        Guid id;
        await using (var db = _database.Open())
        {
            var group = await db.WorkingGroups.SingleAsync(g => g.Slug == "aide-alimentaire");
            id = group.Id;
            group.UpdatedBy = "admin@occitanie.gouv.fr";
            db.Remove(group);
            await db.SaveChangesAsync();
        }

        await using var check = _database.Open();
        var revision = await check.Revisions.Where(r => r.EntityId == id).OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal(RevisionAction.Deleted, revision.Action);
        Assert.Equal("Aide alimentaire", JsonDocument.Parse(revision.Snapshot).RootElement.GetProperty("Title").GetString());
    }

    [Fact]
    public async Task The_second_of_two_concurrent_saves_is_refused_and_the_first_is_kept()
    {
        await using var first = _database.Open();
        await using var second = _database.Open();
        var mine = await first.Axes.SingleAsync(a => a.Number == 1);
        var theirs = await second.Axes.SingleAsync(a => a.Number == 1);

        mine.Summary = "Version de la première rédactrice";
        mine.UpdatedBy = "premiere@occitanie.gouv.fr";
        await first.SaveChangesAsync();
        theirs.Summary = "Version du second rédacteur";
        theirs.UpdatedBy = "second@occitanie.gouv.fr";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = _database.Open();
        Assert.Equal("Version de la première rédactrice", (await check.Axes.SingleAsync(a => a.Number == 1)).Summary);
    }

    [Fact]
    public async Task A_save_without_an_author_is_refused()
    {
        await using var db = _database.Open();
        var axis = await db.Axes.SingleAsync(a => a.Number == 2);
        axis.Summary = "Sans auteur";
        axis.UpdatedBy = "";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("without an author", error.Message, StringComparison.Ordinal);
    }
}
