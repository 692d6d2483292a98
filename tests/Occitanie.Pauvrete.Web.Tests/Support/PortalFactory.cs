using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Occitanie.Pauvrete.Web.Data;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// The portal as it starts for real (migrations, content import, admin bootstrap) on a SQLite file
/// of its own; only settings change, plus two things tests need: a cheap password hash, and a
/// client address per test client (see <see cref="TestClientAddress"/>). One per test class
/// (xunit's class fixture). On the repository's content/ the file starts as a copy of one made
/// once per run (<see cref="TestDatabase.CopyOfImportedContent"/>), so the start migrates and
/// imports nothing new.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@occitanie.gouv.fr";
    public const string AdminPassword = "Mot-de-passe-de-test-42";

    /// <summary>
    /// The production cost (210,000 PBKDF2 rounds) makes every sign-in and every account creation
    /// take a fifth of a second; the hash format stays the same, only its round count is lower.
    /// </summary>
    public const int PasswordHashIterations = 1_000;

    private TestDatabase? _ownDatabase;

    /// <summary>
    /// The database the portal starts on: its own, a copy of the imported content/ when it starts on
    /// the repository's content/, else an empty file; or one a test shares between two starts.
    /// </summary>
    public TestDatabase Database
    {
        get => field ?? (_ownDatabase ??= ContentPath == Paths.Content ? TestDatabase.CopyOfImportedContent() : new TestDatabase(migrate: false));
        init;
    }

    /// <summary>Every log event of the portal, for tests that check what it reported.</summary>
    public LogCollector Logs { get; } = new();

    /// <summary>The clock the portal reads (sessions' lifetime, sign-in throttle); the system's unless a test moves time itself.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>
    /// Static files answered with the caching of a published portal (fingerprinted addresses kept a
    /// year) rather than a build's no-cache: for the tests of that caching, and for the browser tests,
    /// whose Chromium otherwise asked again for every stylesheet, script, font and icon at each page.
    /// </summary>
    public bool StaticFilesCachedAsPublished { get; init; }

    /// <summary>Folder of the content imported at start-up; the repository's content/ unless a test says otherwise.</summary>
    public string ContentPath { get; init; } = Paths.Content;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", Database.ConnectionString);
        builder.UseSetting("Content:Path", ContentPath);
        builder.UseSetting("Admin:BootstrapEmail", AdminEmail);
        builder.UseSetting("Admin:BootstrapPassword", AdminPassword);
        if (StaticFilesCachedAsPublished)
        {
            builder.UseSetting("EnableStaticAssetsDevelopmentCaching", "true");
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);
            services.AddTransient<IStartupFilter, TestClientAddress>();
            if (Clock is not null)
            {
                services.AddSingleton(Clock);
            }
        });
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        using var client = CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await ParseAsync(response);
    }

    /// <summary>Reads the portal's database as the portal sees it, for the values a page must show.</summary>
    public async Task<T> ReadAsync<T>(Func<PortalDbContext, Task<T>> read)
    {
        using var scope = Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _ownDatabase?.Dispose();
        }
    }
}
