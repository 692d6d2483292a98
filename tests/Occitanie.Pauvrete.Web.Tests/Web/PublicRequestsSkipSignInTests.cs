using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// The staff cookie is only ever sent to /admin: public pages and static files do not run the
/// authentication middleware at all (a cost on every request), the admin does.
/// </summary>
public sealed class PublicRequestsSkipSignInTests(PublicRequestsSkipSignInTests.CountedSignInPortal portal) : IClassFixture<PublicRequestsSkipSignInTests.CountedSignInPortal>
{
    [Fact]
    public async Task Public_pages_and_static_files_skip_authentication_the_admin_runs_it()
    {
        using var client = portal.CreateClient();
        var css = (await portal.GetDocumentAsync("/")).QuerySelector("link[rel=stylesheet][href*='/css/portal']")!.GetAttribute("href")!;
        var before = portal.Schemes.AuthenticationRuns;

        foreach (var url in new[] { "/", "/mesures", "/mesures/points-conseil-budget", "/recherche?q=creche", css })
        {
            using var answer = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }
        Assert.Equal(before, portal.Schemes.AuthenticationRuns);

        using var login = await client.GetAsync(new Uri("/admin/connexion", UriKind.Relative));
        Assert.True(portal.Schemes.AuthenticationRuns > before, "the admin's requests should go through authentication");
    }

    /// <summary>The portal with its authentication schemes counted: the middleware asks them once per request it handles.</summary>
    public sealed class CountedSignInPortal : PortalFactory
    {
        public CountingSchemes Schemes { get; private set; } = null!;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IAuthenticationSchemeProvider>(
                provider => Schemes = new CountingSchemes(ActivatorUtilities.CreateInstance<AuthenticationSchemeProvider>(provider))));
        }
    }

    /// <summary>
    /// The app's scheme provider, counting <see cref="GetRequestHandlerSchemesAsync"/>: only the
    /// authentication middleware calls it, once per request.
    /// </summary>
    public sealed class CountingSchemes(IAuthenticationSchemeProvider inner) : IAuthenticationSchemeProvider
    {
        private int _runs;

        public int AuthenticationRuns => Volatile.Read(ref _runs);

        public Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
        {
            Interlocked.Increment(ref _runs);
            return inner.GetRequestHandlerSchemesAsync();
        }

        public Task<IEnumerable<AuthenticationScheme>> GetAllSchemesAsync() => inner.GetAllSchemesAsync();

        public Task<AuthenticationScheme?> GetSchemeAsync(string name) => inner.GetSchemeAsync(name);

        public Task<AuthenticationScheme?> GetDefaultAuthenticateSchemeAsync() => inner.GetDefaultAuthenticateSchemeAsync();

        public Task<AuthenticationScheme?> GetDefaultChallengeSchemeAsync() => inner.GetDefaultChallengeSchemeAsync();

        public Task<AuthenticationScheme?> GetDefaultForbidSchemeAsync() => inner.GetDefaultForbidSchemeAsync();

        public Task<AuthenticationScheme?> GetDefaultSignInSchemeAsync() => inner.GetDefaultSignInSchemeAsync();

        public Task<AuthenticationScheme?> GetDefaultSignOutSchemeAsync() => inner.GetDefaultSignOutSchemeAsync();

        public void AddScheme(AuthenticationScheme scheme) => inner.AddScheme(scheme);

        public bool TryAddScheme(AuthenticationScheme scheme) => inner.TryAddScheme(scheme);

        public void RemoveScheme(string name) => inner.RemoveScheme(name);
    }
}
