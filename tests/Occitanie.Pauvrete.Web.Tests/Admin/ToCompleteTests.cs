using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Dashboard;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// The dashboard's « À compléter »: for a fixture of published measures each lacking one thing, the
/// list names exactly that thing, under each of the measure's intentions; items checked too long
/// ago are due again; the legal pages' lines « À confirmer par l'éditeur » are listed.
/// </summary>
public sealed class ToCompleteTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")));

    /// <summary>The fixture's measures, by slug; made once for the class (its tests share one portal).</summary>
    private static Task<Fixture>? _fixture;

    private static readonly Lock _making = new();

    private sealed record Fixture(Intention First, Intention Second, SourceDocument OldSource, IReadOnlyDictionary<string, Measure> Measures);

    private Task<Fixture> FixtureAsync()
    {
        lock (_making)
        {
            return _fixture ??= MakeFixtureAsync();
        }
    }

    private Task<Fixture> MakeFixtureAsync() => portal.ReadAsync(async db =>
    {
        var intentions = await db.Intentions.Where(i => i.Status == PublicationStatus.Published).OrderBy(i => i.Order).Take(2).ToListAsync();
        var axis = await db.Axes.OrderBy(a => a.Number).Select(a => a.Id).FirstAsync();
        var cutoff = Today.AddMonths(-12);
        var oldSource = await db.SourceDocuments.AsNoTracking().Where(d => d.Date != null && d.Date < cutoff).OrderBy(d => d.FileName).FirstAsync();
        Measure Complete(string slug, Action<Measure> change)
        {
            var measure = new Measure
            {
                Id = Guid.NewGuid(),
                Slug = "a-completer-" + slug,
                Title = "À compléter : " + slug,
                AxisId = axis,
                Intentions = [intentions[0]],
                Funding = "3 € par repas servi",
                FundingAmount = 3m,
                Applicants = ["Commune"],
                HowToApply = "Déposer une demande auprès de la DDETS.",
                Contacts = [new Contact { Name = "DDETS", Phone = "05 00 00 00 00" }],
                VerifiedOn = Today,
                VerifiedBy = "verification@occitanie.gouv.fr",
                Status = PublicationStatus.Published,
                UpdatedBy = "test",
            };
            change(measure);
            return measure;
        }
        Measure[] measures =
        [
            Complete("complete", _ => { }),
            Complete("sans-montant", m => (m.FundingAmount, m.Funding) = (null, null)),
            Complete("montant-en-une-ligne-seulement", m => m.FundingAmount = null),
            Complete("sans-demandeurs", m => m.Applicants = []),
            Complete("lien-sans-adresse", m => (m.HowToApply, m.Links) = (null, [new Link { Title = "Le site de la CAF" }])),
            Complete("lien-seulement", m => (m.HowToApply, m.Links) = (null, [new Link { Title = "Le formulaire", Url = "https://www.example.fr/demande" }])),
            Complete("sans-contact", m => m.Contacts = []),
            Complete("sans-intention", m => (m.Intentions, m.Contacts) = ([], [])),
            Complete("deux-intentions", m => (m.Intentions, m.Funding, m.FundingAmount) = ([intentions[0], intentions[1]], null, null)),
            Complete("verifiee-il-y-a-13-mois", m => m.VerifiedOn = Today.AddMonths(-13)),
            Complete("a-verifier-par-le-bouton", m => m.VerifiedOn = Today.AddMonths(-14)),
            Complete("jamais-verifiee-source-ancienne", m => (m.VerifiedOn, m.VerifiedBy, m.Sources) = (null, null, [new SourceReference { Document = oldSource.FileName }])),
            Complete("jamais-verifiee-creee-recemment", m => (m.VerifiedOn, m.VerifiedBy) = (null, null)),
            Complete("jamais-verifiee-creee-en-2024", m => (m.VerifiedOn, m.VerifiedBy) = (null, null)),
            Complete("brouillon-incomplet", m => (m.Status, m.Funding, m.FundingAmount, m.Applicants, m.HowToApply, m.Contacts, m.VerifiedOn) = (PublicationStatus.Draft, null, null, [], null, [], null)),
        ];
        db.Measures.AddRange(measures);
        await db.SaveChangesAsync();
        // Straight to the table: a save through the context stamps today's date.
        var old = measures.Single(m => m.Slug == "a-completer-jamais-verifiee-creee-en-2024").Id;
        await db.Measures.Where(m => m.Id == old).ExecuteUpdateAsync(s => s.SetProperty(m => m.CreatedAt, new DateTime(2024, 1, 15, 10, 0, 0, DateTimeKind.Utc)));
        return new Fixture(intentions[0], intentions[1], oldSource, measures.ToDictionary(m => m.Slug["a-completer-".Length..]));
    });

    private async Task<IHtmlDocument> DashboardAsync()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        return await browser.GetAsync("/admin");
    }

    private static IElement Group(IHtmlDocument page, string anchor) =>
        page.GetElementById(anchor) ?? throw new InvalidOperationException($"No group #{anchor} in « À compléter ».");

    /// <summary>A text as a reader sees it, its spaces (French dates' no-break ones included) as plain spaces.</summary>
    private static string Said(string text) => PortalReading.Spaces(text);

    /// <summary>What the row of the item says is missing; null when the group has no row for it.</summary>
    private static List<string>? MissingIn(IElement group, Guid id) =>
        group.QuerySelector($"tr[data-item='{id}']")?.QuerySelectorAll("li").Select(li => PortalReading.Spaces(li.TextContent)).ToList();

    private static IEnumerable<IElement> RowsOf(IHtmlDocument page, Guid id) => page.QuerySelectorAll($"#a-completer tr[data-item='{id}'], #a-completer-groupes tr[data-item='{id}']");

    [Fact]
    public async Task Each_published_measure_is_listed_with_exactly_what_it_lacks_and_a_link_to_its_form()
    {
        var fixture = await FixtureAsync();
        var page = await DashboardAsync();

        var group = Group(page, "a-completer-" + fixture.First.Slug);
        Assert.Contains(fixture.First.Title, group.QuerySelector("button")!.TextContent, StringComparison.Ordinal);
        var measures = fixture.Measures;
        Assert.Equal([ToComplete.NoAmount], MissingIn(group, measures["sans-montant"].Id));
        Assert.Equal([ToComplete.NoApplicants], MissingIn(group, measures["sans-demandeurs"].Id));
        Assert.Equal([ToComplete.NoWayToApply], MissingIn(group, measures["lien-sans-adresse"].Id));
        Assert.Equal([ToComplete.NoContact], MissingIn(group, measures["sans-contact"].Id));
        var link = group.QuerySelector($"tr[data-item='{measures["sans-contact"].Id}'] a")!;
        Assert.Equal($"/admin/mesures/{measures["sans-contact"].Id}", link.GetAttribute("href"));
        Assert.Equal(measures["sans-contact"].Title, link.TextContent.Trim());
        foreach (var whole in new[] { "complete", "montant-en-une-ligne-seulement", "lien-seulement", "jamais-verifiee-creee-recemment", "brouillon-incomplet" })
        {
            Assert.Empty(RowsOf(page, measures[whole].Id));
        }
    }

    [Fact]
    public async Task A_measure_is_listed_under_each_of_its_intentions_and_one_without_under_sans_intention()
    {
        var fixture = await FixtureAsync();
        var page = await DashboardAsync();

        var both = fixture.Measures["deux-intentions"].Id;
        Assert.Equal([ToComplete.NoAmount], MissingIn(Group(page, "a-completer-" + fixture.First.Slug), both));
        Assert.Equal([ToComplete.NoAmount], MissingIn(Group(page, "a-completer-" + fixture.Second.Slug), both));
        var none = Group(page, "a-completer-sans-intention");
        Assert.Contains(ToComplete.NoIntention, none.QuerySelector("button")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([ToComplete.NoContact], MissingIn(none, fixture.Measures["sans-intention"].Id));
        Assert.Single(RowsOf(page, fixture.Measures["sans-intention"].Id));
        // Intentions in their order, « Sans intention » last.
        var groups = page.QuerySelectorAll("#a-completer-groupes > section").Select(s => s.Id).ToList();
        Assert.True(groups.IndexOf("a-completer-" + fixture.First.Slug) < groups.IndexOf("a-completer-" + fixture.Second.Slug));
        Assert.Equal("a-completer-sans-intention", groups[^1]);
    }

    [Fact]
    public async Task After_a_fresh_import_the_items_whose_newest_source_is_older_than_twelve_months_are_due_from_that_source_date()
    {
        // The imported content as it is: never checked, sources dated 2019–2024, imported today.
        var due = await portal.ReadAsync(async db =>
        {
            var measure = await db.Measures.AsNoTracking().SingleAsync(m => m.Slug == "petits-dejeuners-educatifs");
            var files = measure.Sources.Select(s => s.Document).ToList();
            var newest = await db.SourceDocuments.AsNoTracking().Where(d => files.Contains(d.FileName)).MaxAsync(d => d.Date);
            return (measure, newest);
        });
        Assert.Null(due.measure.VerifiedOn);
        Assert.True(due.newest <= Today.AddMonths(-12), "the measure's newest source is older than twelve months");

        var rows = RowsOf(await DashboardAsync(), due.measure.Id).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(Said($"À vérifier : jamais vérifiée ; source datée du {FrenchFormat.Date(due.newest!.Value)}, il y a 12 mois ou plus"),
            row.QuerySelectorAll("li").Select(li => Said(li.TextContent))));
    }

    [Fact]
    public async Task Items_not_checked_for_twelve_months_are_due_counted_from_the_check_else_the_newest_source_else_the_creation()
    {
        var fixture = await FixtureAsync();
        var workshop = await portal.ReadAsync(async db =>
        {
            var item = await db.Workshops.Include(w => w.Intention).Where(w => w.Status == PublicationStatus.Published).OrderBy(w => w.Order).FirstAsync();
            item.VerifiedOn = Today.AddMonths(-12);
            item.UpdatedBy = "test";
            await db.SaveChangesAsync();
            return item;
        });
        var page = await DashboardAsync();

        var group = Group(page, "a-completer-" + fixture.First.Slug);
        Assert.Equal([Said($"À vérifier : vérifiée le {FrenchFormat.Date(Today.AddMonths(-13))}, il y a 12 mois ou plus")],
            MissingIn(group, fixture.Measures["verifiee-il-y-a-13-mois"].Id));
        Assert.Equal([Said($"À vérifier : jamais vérifiée ; source datée du {FrenchFormat.Date(fixture.OldSource.Date!.Value)}, il y a 12 mois ou plus")],
            MissingIn(group, fixture.Measures["jamais-verifiee-source-ancienne"].Id));
        Assert.Equal([Said("À vérifier : jamais vérifiée ; créée le 15 janvier 2024, il y a 12 mois ou plus")],
            MissingIn(group, fixture.Measures["jamais-verifiee-creee-en-2024"].Id));
        // Another kind, under its own intention: checked exactly twelve months ago is due.
        Assert.Equal([Said($"À vérifier : vérifié le {FrenchFormat.Date(Today.AddMonths(-12))}, il y a 12 mois ou plus")],
            MissingIn(Group(page, "a-completer-" + workshop.Intention!.Slug), workshop.Id));
    }

    [Fact]
    public async Task Marking_a_due_measure_as_verified_takes_it_off_the_list()
    {
        var fixture = await FixtureAsync();
        var measure = fixture.Measures["a-verifier-par-le-bouton"];
        using var browser = await StaffBrowser.SignInAsync(portal);
        Assert.NotEmpty(RowsOf(await browser.GetAsync("/admin"), measure.Id));

        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}"));
        await browser.SubmitAsync(form, "Marquer comme vérifié");

        Assert.Empty(RowsOf(await browser.GetAsync("/admin"), measure.Id));
    }

    [Fact]
    public async Task The_legal_pages_lines_to_confirm_by_the_publisher_are_listed_each_on_its_own()
    {
        var pages = await portal.ReadAsync(db => db.Pages.AsNoTracking()
            .Where(p => p.Status == PublicationStatus.Published && p.EditorNote != null && p.EditorNote.Contains("À confirmer par l'éditeur"))
            .ToListAsync());
        Assert.Contains(pages, p => p.Slug == "mentions-legales");
        Assert.Contains(pages, p => p.Slug == "accessibilite");
        Assert.Contains(pages, p => p.Slug == "donnees-personnelles");
        var page = await DashboardAsync();

        foreach (var legal in pages)
        {
            var expected = legal.EditorNote!.Split('\n')
                .Where(l => l.Contains("À confirmer par l'éditeur :", StringComparison.Ordinal))
                .Select(l => Said("À confirmer par l'éditeur : " + l[(l.IndexOf(" : ", StringComparison.Ordinal) + 3)..].Trim()))
                .ToList();
            Assert.NotEmpty(expected);
            var row = Assert.Single(RowsOf(page, legal.Id));
            Assert.Equal($"/admin/pages/{legal.Id}", row.QuerySelector("a")!.GetAttribute("href"));
            var listed = row.QuerySelectorAll("li").Select(li => PortalReading.Spaces(li.TextContent)).ToList();
            Assert.Equal(expected, listed.Where(l => l.StartsWith("À confirmer", StringComparison.Ordinal)));
        }
    }
}
