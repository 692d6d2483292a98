using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>An error inside the portal reaches the visitor as the DSFR error page, never as a stack trace.</summary>
public sealed class ErrorPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Failure = "Échec simulé dans un test";

    [Fact]
    public async Task An_unhandled_exception_gives_the_dsfr_500_page_without_details()
    {
        using var failing = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, FailingPathFilter>()));
        using var client = failing.CreateClient();

        using var response = await client.GetAsync(new Uri("/echec", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Erreur inattendue", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("header.fr-header"));
        Assert.DoesNotContain(Failure, html, StringComparison.Ordinal);
        Assert.DoesNotContain("FailingPathFilter", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    /// <summary>Adds, at the end of the portal's pipeline, a path that throws.</summary>
    private sealed class FailingPathFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/echec", failing => failing.Run(_ => throw new InvalidOperationException(Failure)));
        };
    }
}
