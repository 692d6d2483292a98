using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// The dashboard reads twelve kinds of content and the journal hundreds of revisions, in a few
/// queries: one UNION ALL over every kind per list, not one query per kind or per row.
/// </summary>
public sealed class AdminQueryCountTests(CountingPortal portal) : IClassFixture<CountingPortal>
{
    /// <summary>Every admin request checks the session against the account (user, security stamp, roles, claims): a disabled account is out at once.</summary>
    private const int SessionCheck = 5;

    [Theory]
    // 6, then the scheduled publications, the count of new readers' reports and the last link check's broken links (issue 17).
    [InlineData("/admin", 9)]
    [InlineData("/admin/journal", 3)]
    [InlineData("/admin/journal?type=mesures&action=creation&page=2", 3)]
    public async Task An_admin_page_runs_a_fixed_number_of_queries(string url, int queries)
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        portal.Queries.Reset();

        var page = await browser.GetAsync(url);

        Assert.NotNull(page.QuerySelector("table"));
        Assert.Equal(queries + SessionCheck, portal.Queries.Count);
    }

    /// <summary>
    /// A save checks that no other item has its slug (a unique value) before it writes. The values
    /// go to the database as parameters: written into the SQL, each save made a query EF Core had
    /// never seen, compiled it and kept it in its cache, where it pushed out the public pages' queries.
    /// </summary>
    [Fact]
    public async Task A_save_sends_the_values_it_checks_as_parameters_not_in_the_sql()
    {
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.Status == PublicationStatus.Published).OrderBy(m => m.Slug).FirstAsync());
        using var browser = await StaffBrowser.SignInAsync(portal);
        var form = StaffBrowser.EditForm(await browser.GetAsync($"/admin/mesures/{measure.Id}"));
        portal.Queries.Reset();

        var saved = await browser.SubmitAsync(form, "Enregistrer (visible aussitôt)");

        Assert.NotNull(saved.QuerySelector(".fr-alert--success"));
        var uniquenessCheck = Assert.Single(portal.Queries.Texts, t => t.Contains("\"Slug\" = ", StringComparison.Ordinal) && t.Contains("LIMIT 1", StringComparison.Ordinal));
        Assert.DoesNotContain(measure.Slug, uniquenessCheck, StringComparison.Ordinal);
        Assert.All(portal.Queries.Texts, t => Assert.DoesNotContain($"'{measure.Slug}'", t, StringComparison.Ordinal));
    }
}
