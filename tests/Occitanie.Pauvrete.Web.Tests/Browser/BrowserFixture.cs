using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>
/// The portal on real Kestrel (a free loopback port) and Debian's Chromium driven by Playwright.
/// Needs /usr/bin/chromium (`apt-get install chromium`; .ci/run installs it); Playwright never
/// downloads a browser of its own here.
/// </summary>
public class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly PortalFactory _portal = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The portal behind the browser, to read its database.</summary>
    public PortalFactory Portal => _portal;

    /// <summary>Where the screenshots of the pages go, to be looked at after a run.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(Paths.Repository, "tests", "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Listen(_portal);
        _portal.StartServer();
        var address = _portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>Plain HTTP on a free loopback port.</summary>
    protected virtual void Listen(PortalFactory portal) => portal.UseKestrel(0);

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        Dispose();
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        _playwright?.Dispose();
        _portal.Dispose();
    }
}
