using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Occitanie.Pauvrete.Web.Data;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// The portal as it starts for real (migrations, content import, admin bootstrap) on a SQLite file
/// of its own; only settings change. One per test class (xunit's class fixture).
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@occitanie.gouv.fr";
    public const string AdminPassword = "Mot-de-passe-de-test-42";

    private readonly TestDatabase _ownDatabase = new(migrate: false);

    /// <summary>The database the portal starts on; its own new one unless a test shares one between two starts.</summary>
    public TestDatabase Database { get => field ?? _ownDatabase; init; }

    /// <summary>Every log event of the portal, for tests that check what it reported.</summary>
    public LogCollector Logs { get; } = new();

    /// <summary>Folder of the content imported at start-up; the repository's content/ unless a test says otherwise.</summary>
    public string ContentPath { get; init; } = Paths.Content;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", Database.ConnectionString);
        builder.UseSetting("Content:Path", ContentPath);
        builder.UseSetting("Admin:BootstrapEmail", AdminEmail);
        builder.UseSetting("Admin:BootstrapPassword", AdminPassword);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
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
            _ownDatabase.Dispose();
        }
    }
}
