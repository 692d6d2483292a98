using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>The portal with a counter of the SQL commands it sends (tests within a class run one at a time).</summary>
public sealed class CountingPortal : PortalFactory
{
    public SqlCommandCounter Queries { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(Queries));
    }
}
