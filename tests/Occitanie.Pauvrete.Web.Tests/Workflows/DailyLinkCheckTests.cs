using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Links;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Workflows;

/// <summary>
/// <c>LinkCheck:Daily=true</c>: the portal checks the links itself, at start, then once a day. The
/// database is given <see cref="LinkCheckTests.SeedAsync"/>'s content before the portal starts, so
/// that its first check asks only the test's own site.
/// </summary>
[StartsEarly("the link checker's 2-second timeout on a site that never answers")]
public sealed class DailyLinkCheckTests(DailyLinkCheckTests.Portal portal) : IClassFixture<DailyLinkCheckTests.Portal>
{
    [Fact]
    public async Task The_portal_checks_the_links_at_start_and_again_once_a_day_has_passed()
    {
        var runner = portal.Services.GetRequiredService<LinkCheckRunner>();
        // Started by the portal at start, or by this call if the portal's own has not come yet: one check either way.
        await runner.StartIfDueAsync(CancellationToken.None);
        await runner.Running;

        var first = await portal.ReadAsync(db => db.LinkCheckRuns.AsNoTracking().SingleAsync());
        Assert.Equal((LinkCheckRunner.DailyAuthor, 9, 5), (first.StartedBy, first.LinkCount, first.BrokenCount));
        Assert.NotNull(first.FinishedAt);

        portal.Time.Advance(TimeSpan.FromHours(23));
        Assert.False(await runner.StartIfDueAsync(CancellationToken.None));

        portal.Time.Advance(TimeSpan.FromHours(1));
        Assert.True(await runner.StartIfDueAsync(CancellationToken.None));
        await runner.Running;
        Assert.Equal(2, await portal.ReadAsync(db => db.LinkCheckRuns.CountAsync(r => r.FinishedAt != null && r.StartedBy == LinkCheckRunner.DailyAuthor)));
    }

    public sealed class Portal : PortalFactory, IAsyncLifetime
    {
        private LinkTargetServer? _sites;

        public Portal() => Clock = Time;

        /// <summary>The portal's clock, moved by the test.</summary>
        public MovableClock Time { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("LinkCheck:Daily", "true");
            builder.UseSetting("LinkCheck:TimeoutSeconds", "2");
            builder.UseSetting("LinkCheck:AllowInternalAddresses", "true");
        }

        public async Task InitializeAsync()
        {
            _sites = await LinkTargetServer.StartAsync();
            // Before the portal starts: its daily check runs at once.
            await using var db = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(Database.ConnectionString).Options);
            await LinkCheckTests.SeedAsync(db, _sites);
        }

        async Task IAsyncLifetime.DisposeAsync()
        {
            if (_sites is not null)
            {
                await _sites.DisposeAsync();
            }
        }
    }
}
