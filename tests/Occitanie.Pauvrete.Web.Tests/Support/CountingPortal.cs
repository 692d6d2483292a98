using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Occitanie.Pauvrete.Web.Features.Search;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// The portal with a counter of the SQL commands it sends (tests within a class run one at a time).
/// Only the pages' own queries are counted: the content stamp is read once at start-up and not
/// every 2 s, and the host is handed over once the search index, built in the background, is ready.
/// </summary>
public sealed class CountingPortal : PortalFactory
{
    public SqlCommandCounter Queries { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(ContentChangeWatcher.IntervalKey, "86400");
        builder.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(Queries));
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<SearchIndex>().RefreshIfStaleAsync().GetAwaiter().GetResult();
        return host;
    }
}
