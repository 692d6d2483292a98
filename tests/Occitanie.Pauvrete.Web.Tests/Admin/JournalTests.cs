using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>The journal (/admin/journal): every revision, newest first, in pages of 50, filtered by its GET form.</summary>
public sealed class JournalTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Editor = "redacteur.journal@occitanie.gouv.fr";

    private async Task<Measure> UnpublishMeasureAsync(int skip)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var measure = await db.Measures.OrderBy(m => m.Slug).Skip(skip).FirstAsync();
        measure.Status = PublicationStatus.Draft;
        measure.UpdatedBy = Editor;
        await db.SaveChangesAsync();
        return measure;
    }

    private static IHtmlFormElement FilterForm(IHtmlDocument page) =>
        page.Forms.Single(f => f.Method.Equals("get", StringComparison.OrdinalIgnoreCase) && f.Action.EndsWith("/admin/journal", StringComparison.Ordinal));

    private static string[][] Rows(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#table-journal tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => VisibleText.Of(td)).ToArray())];

    [Fact]
    public async Task The_journal_lists_the_newest_revisions_first_fifty_to_a_page()
    {
        var total = await portal.ReadAsync(db => db.Revisions.CountAsync());
        var newest = await portal.ReadAsync(db => db.Revisions.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).FirstAsync());
        Assert.True(total > 50, "the imported content makes more than one page");
        using var browser = await StaffBrowser.SignInAsync(portal);

        var first = await browser.GetAsync("/admin/journal");

        Assert.Equal("Journal des modifications", first.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(50, Rows(first).Length);
        Assert.Contains(newest.EntityKey, Rows(first)[0][4], StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector("#table-journal caption"));
        var pagination = first.QuerySelector("nav.fr-pagination")!;
        Assert.Equal("Pagination du journal", pagination.GetAttribute("aria-label"));
        var next = pagination.QuerySelector("a.fr-pagination__link--next")!.GetAttribute("href");
        Assert.Equal("/admin/journal?page=2", next);

        var last = await browser.GetAsync($"/admin/journal?page={(total + 49) / 50}");
        Assert.Equal(total - (50 * (((total + 49) / 50) - 1)), Rows(last).Length);
        Assert.Equal("page", last.QuerySelector("nav.fr-pagination a[aria-current]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Filtering_by_author_and_action_shows_their_revisions_with_links_to_the_item_and_its_history()
    {
        var measure = await UnpublishMeasureAsync(0);
        using var browser = await StaffBrowser.SignInAsync(portal);
        var journal = await browser.GetAsync("/admin/journal");
        var form = FilterForm(journal);
        Assert.Contains(Editor, ((IHtmlSelectElement)form.Elements.Single(e => e.GetAttribute("name") == "auteur")).Options.Select(o => o.Value));
        Assert.Equal(
            ["", "creation", "modification", "publication", "depublication", "corbeille", "restauration", "verification",
                "version-en-attente", "publication-version-en-attente", "abandon-version-en-attente", "programmation", "signalement"],
            ((IHtmlSelectElement)form.Elements.Single(e => e.GetAttribute("name") == "action")).Options.Select(o => o.Value));

        StaffBrowser.Fill(form, new() { ["auteur"] = Editor, ["action"] = "depublication" });
        var page = await browser.SubmitAsync(form);

        var rows = Rows(page);
        var row = Assert.Single(rows);
        Assert.Equal([Editor, "Dépublication", "Mesure"], row[1..4]);
        var links = page.QuerySelectorAll("#table-journal tbody a");
        Assert.Equal([$"/admin/mesures/{measure.Id}", $"/admin/mesures/{measure.Id}/historique"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(measure.Title, links[0].TextContent.Trim());
        Assert.Equal("Statut", row[5]);
        // The form shows the filters it applied.
        var again = FilterForm(page);
        Assert.Equal(Editor, ((IHtmlSelectElement)again.Elements.Single(e => e.GetAttribute("name") == "auteur")).Value);
        Assert.Equal("depublication", ((IHtmlSelectElement)again.Elements.Single(e => e.GetAttribute("name") == "action")).Value);
        Assert.Equal("1 modification.", page.QuerySelector("#journal-total")!.TextContent.Trim());
    }

    [Fact]
    public async Task Filtering_by_kind_and_key_text_keeps_the_matching_items_and_the_filters_across_pages()
    {
        var axis = await portal.ReadAsync(db => db.Axes.OrderBy(a => a.Number).FirstAsync());
        var part = axis.Slug[2..8].ToUpperInvariant();
        var lower = part.ToLowerInvariant();
        var expected = await portal.ReadAsync(db => db.Revisions.CountAsync(r => r.EntityType == "Axis" && r.EntityKey.Contains(lower)));
        using var browser = await StaffBrowser.SignInAsync(portal);
        var form = FilterForm(await browser.GetAsync("/admin/journal"));

        StaffBrowser.Fill(form, new() { ["type"] = "axes", ["q"] = part });
        var page = await browser.SubmitAsync(form);

        var rows = Rows(page);
        Assert.Equal(expected, rows.Length);
        Assert.All(rows, r => Assert.Equal("Axe", r[3]));
        Assert.Contains(rows, r => r[4].StartsWith(axis.Title, StringComparison.Ordinal) && r[4].Contains(axis.Slug, StringComparison.Ordinal));

        var measures = await browser.GetAsync("/admin/journal?type=mesures");
        Assert.All(Rows(measures), r => Assert.Equal("Mesure", r[3]));
        Assert.StartsWith("/admin/journal?type=mesures&page=", measures.QuerySelector("nav.fr-pagination a.fr-pagination__link--next")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_range_in_paris_time_keeps_only_the_revisions_of_those_days()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var newest = await portal.ReadAsync(db => db.Revisions.OrderByDescending(r => r.Id).FirstAsync());
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(newest.CreatedAt, DateTimeKind.Utc), paris));
        var total = await portal.ReadAsync(db => db.Revisions.CountAsync());
        using var browser = await StaffBrowser.SignInAsync(portal);

        var before = await browser.GetAsync($"/admin/journal?au={day.AddDays(-1):yyyy-MM-dd}");
        var that = await browser.GetAsync($"/admin/journal?du={day:yyyy-MM-dd}&au={day:yyyy-MM-dd}");

        Assert.Empty(Rows(before));
        Assert.Equal("Aucune modification ne correspond.", before.QuerySelector("#journal-total")!.TextContent.Trim());
        Assert.NotEmpty(Rows(that));
        var count = that.QuerySelector("#journal-total")!.TextContent;
        Assert.EndsWith(" modifications.", count, StringComparison.Ordinal);
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), new string([.. count.Where(char.IsAsciiDigit)]));
        Assert.Equal(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ((IHtmlInputElement)FilterForm(that).Elements.Single(e => e.GetAttribute("name") == "du")).Value);
    }

    [Fact]
    public async Task The_journal_finds_a_measure_by_words_of_its_title_and_names_it_by_its_title()
    {
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Slug == "petits-dejeuners-educatifs"));
        using var browser = await StaffBrowser.SignInAsync(portal);

        var page = await browser.GetAsync("/admin/journal?q=" + Uri.EscapeDataString("petits déjeuners"));

        var links = page.QuerySelectorAll("#table-journal tbody a").Where(a => a.GetAttribute("href") == $"/admin/mesures/{measure.Id}").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.Equal(measure.Title, a.TextContent.Trim()));
        // Words of its text find it too: the key « petits-dejeuners » has no such words.
        var byText = await browser.GetAsync("/admin/journal?type=mesures&q=" + Uri.EscapeDataString("déjeuners éducatifs"));
        Assert.Contains(byText.QuerySelectorAll("#table-journal tbody a"), a => a.GetAttribute("href") == $"/admin/mesures/{measure.Id}");
    }

    [Fact]
    public async Task Each_row_names_the_fields_its_save_changed()
    {
        var measure = await portal.ReadAsync(db => db.Measures.OrderBy(m => m.Slug).Skip(3).FirstAsync());
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var tracked = await db.Measures.SingleAsync(m => m.Id == measure.Id);
            tracked.Summary = "Un résumé changé pour le journal.";
            tracked.Funding = "Un montant changé pour le journal.";
            tracked.UpdatedBy = Editor;
            await db.SaveChangesAsync();
        }
        using var browser = await StaffBrowser.SignInAsync(portal);

        var page = await browser.GetAsync($"/admin/journal?auteur={Uri.EscapeDataString(Editor)}&action=modification");

        var row = Rows(page).First(r => r[4].StartsWith(measure.Title, StringComparison.Ordinal));
        Assert.Equal("Financement, en une ligne ; Résumé", row[5].Replace('\u00A0', ' '));
    }

    [Fact]
    public async Task Today_and_this_week_keep_only_the_revisions_since_the_start_of_the_day_or_of_monday_in_paris_time()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, paris));
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        DateTime StartUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), paris);
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            foreach (var (key, at) in new[] { ("avant-lundi", StartUtc(monday).AddMinutes(-1)), ("lundi", StartUtc(monday).AddMinutes(1)) })
            {
                db.Revisions.Add(new Revision { EntityType = "Account", EntityId = Guid.NewGuid(), EntityKey = $"{key}@occitanie.gouv.fr", Action = RevisionAction.Updated, Snapshot = "{}", Author = PortalFactory.AdminEmail, CreatedAt = at });
            }
            await db.SaveChangesAsync();
        }
        var (todayStart, mondayStart) = (StartUtc(today), StartUtc(monday));
        var sinceToday = await portal.ReadAsync(db => db.Revisions.CountAsync(r => r.CreatedAt >= todayStart));
        var sinceMonday = await portal.ReadAsync(db => db.Revisions.CountAsync(r => r.CreatedAt >= mondayStart));
        using var browser = await StaffBrowser.SignInAsync(portal);

        var week = await browser.GetAsync("/admin/journal?type=comptes&periode=semaine");
        var day = await browser.GetAsync("/admin/journal?periode=aujourd-hui");

        var accounts = Rows(week).Select(r => r[4]).ToList();
        Assert.Contains("lundi@occitanie.gouv.fr", accounts);
        Assert.DoesNotContain("avant-lundi@occitanie.gouv.fr", accounts);
        Assert.Equal(sinceToday.ToString(System.Globalization.CultureInfo.InvariantCulture), new string([.. day.QuerySelector("#journal-total")!.TextContent.Where(char.IsAsciiDigit)]));
        Assert.True(sinceMonday >= sinceToday);
        Assert.Equal("semaine", ((IHtmlSelectElement)FilterForm(week).Elements.Single(e => e.GetAttribute("name") == "periode")).Value);
    }

    [Fact]
    public async Task A_date_that_is_not_one_is_said_next_to_its_field_and_ignored()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);

        var page = await browser.GetAsync("/admin/journal?du=31-02-2026");

        var field = page.QuerySelector("#filtre-du")!;
        var error = page.QuerySelector($"#{field.GetAttribute("aria-describedby")}")!;
        Assert.Equal("Saisissez une date au format jj/mm/aaaa.", error.TextContent.Trim());
        Assert.Equal(50, Rows(page).Length);
    }

    [Fact]
    public async Task Account_changes_are_a_kind_of_their_own_without_an_editor_link()
    {
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Revisions.Add(new Revision
            {
                EntityType = "Account",
                EntityId = Guid.NewGuid(),
                EntityKey = "nouvelle.redactrice@occitanie.gouv.fr",
                Action = RevisionAction.Created,
                Snapshot = "{}",
                Author = PortalFactory.AdminEmail,
                CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        using var browser = await StaffBrowser.SignInAsync(portal);

        var page = await browser.GetAsync("/admin/journal?type=comptes");

        var row = Assert.Single(Rows(page));
        Assert.Equal([PortalFactory.AdminEmail, "Création", "Compte", "nouvelle.redactrice@occitanie.gouv.fr", "Tous (création)"], row[1..]);
        Assert.Empty(page.QuerySelectorAll("#table-journal tbody a"));
        Assert.Contains("Comptes", ((IHtmlSelectElement)FilterForm(page).Elements.Single(e => e.GetAttribute("name") == "type")).Options.Select(o => o.Text));
    }
}
