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
}
