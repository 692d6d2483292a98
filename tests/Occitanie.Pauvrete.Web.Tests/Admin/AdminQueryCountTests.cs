using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// The dashboard reads eleven kinds of content and the journal hundreds of revisions, in a few
/// queries: one UNION ALL over every kind per list, not one query per kind or per row.
/// </summary>
public sealed class AdminQueryCountTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>Every admin request checks the session against the account (user, security stamp, roles, claims): a disabled account is out at once.</summary>
    private const int SessionCheck = 5;

    [Theory]
    [InlineData("/admin", 4)]
    [InlineData("/admin/journal", 3)]
    [InlineData("/admin/journal?type=mesures&action=creation&page=2", 3)]
    public async Task An_admin_page_runs_a_fixed_number_of_queries(string url, int queries)
    {
        var counter = new SqlCommandCounter();
        using var counted = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(counter)));
        using var browser = new StaffBrowser(counted.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            HandleCookies = true,
        }));
        await browser.SignInWithAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        counter.Reset();

        var page = await browser.GetAsync(url);

        Assert.NotNull(page.QuerySelector("table"));
        Assert.Equal(queries + SessionCheck, counter.Count);
    }
}
