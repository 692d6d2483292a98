using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>
/// One portal on real Kestrel and one Chromium driven by Playwright for every browser test
/// of the run (<see cref="SharedAsync"/>): starting either is the costly part, a new browser
/// context per test keeps the tests apart, and the browser test classes still run in parallel
/// with each other and with the rest. Kestrel listens on two free loopback ports: plain HTTP for
/// the public pages, and HTTPS with a certificate made for the run for the admin area, whose
/// cookies are Secure outside Development as in production (contexts on it accept the
/// certificate: IgnoreHTTPSErrors). The browser is Chromium's headless shell, Debian's
/// `chromium-headless-shell` (the README's test command installs it): the same Blink as Chromium,
/// without the desktop browser around it, for about a quarter less processor (decision 0029).
/// Playwright never downloads a browser of its own here.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium-headless-shell";

    private static readonly Lazy<Task<BrowserHost>> _shared = new(StartSharedAsync);

    private readonly PortalFactory _portal = new() { StaticFilesCachedAsPublished = true };
    private readonly Dictionary<TabOwner, (Task<IPage> Page, SemaphoreSlim Turn)> _tabs = [];
    private IPlaywright? _playwright;

    private BrowserHost()
    {
    }

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>http://127.0.0.1:port/, the public site.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>https://127.0.0.1:port/, for the admin area.</summary>
    public Uri SecureBaseAddress { get; private set; } = null!;

    /// <summary>The portal behind the browser, to read its database.</summary>
    public PortalFactory Portal => _portal;

    /// <summary>
    /// The tab of an anonymous visitor's browser at <paramref name="viewport"/> (French), lent to
    /// one test at a time: public pages set no cookie, so the tests share it as one person browsing
    /// the site would, and Chromium keeps what it parsed (stylesheets, scripts, axe-core's code)
    /// from one page to the next. A new tab per page made it parse everything again: twice the work
    /// per page. A test that changes the browser's state (a cookie, a stored setting) opens a context
    /// of its own. <paramref name="visitor"/> names another visitor, with a tab of their own.
    /// </summary>
    public Task<LentTab> BorrowTabAsync(Viewport viewport, string? visitor = null) => BorrowAsync(new TabOwner(viewport, visitor, Staff: false));

    /// <summary>
    /// The tab of the test administrator at <paramref name="viewport"/>, signed in once on the admin's
    /// address and lent like a visitor's: for the tests that read the admin area and change nothing
    /// but the page they look at (signing in for each would also hit the login limiter).
    /// </summary>
    public Task<LentTab> BorrowStaffTabAsync(Viewport viewport) => BorrowAsync(new TabOwner(viewport, Visitor: null, Staff: true));

    private async Task<LentTab> BorrowAsync(TabOwner owner)
    {
        (Task<IPage> Page, SemaphoreSlim Turn) tab;
        lock (_tabs)
        {
            if (!_tabs.TryGetValue(owner, out tab))
            {
                tab = (OpenTabAsync(owner), new SemaphoreSlim(1, 1));
                _tabs[owner] = tab;
            }
        }
        await tab.Turn.WaitAsync();
        return new LentTab(await tab.Page, tab.Turn, owner.Viewport);
    }

    private async Task<IPage> OpenTabAsync(TabOwner owner)
    {
        var context = await Browser.NewContextAsync(owner.Viewport.ContextOptions(acceptTestCertificate: owner.Staff));
        await AxeAudit.WatchContentSecurityPolicyAsync(context);
        var page = await context.NewPageAsync();
        if (owner.Staff)
        {
            await SignInAsync(page);
        }
        return page;
    }

    /// <summary>Signs <paramref name="page"/>'s context in as the test administrator, on the admin's address.</summary>
    public async Task SignInAsync(IPage page)
    {
        var response = await page.GotoAsync(new Uri(SecureBaseAddress, "/admin/connexion"));
        Assert.True(response?.Ok == true, $"{page.Url}: {response?.Status} {await page.ContentAsync()}");
        await page.Locator("#Email").FillAsync(PortalFactory.AdminEmail);
        await page.Locator("#Password").FillAsync(PortalFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitUntilReadyAsync();
        Assert.True(new Uri(page.Url).AbsolutePath == "/admin", $"Not signed in: {page.Url} {await page.Locator("main").InnerTextAsync()}");
    }

    private sealed record TabOwner(Viewport Viewport, string? Visitor, bool Staff);

    /// <summary>The run's host, started by the first browser test class that asks.</summary>
    public static Task<BrowserHost> SharedAsync() => _shared.Value;

    private static async Task<BrowserHost> StartSharedAsync()
    {
        var host = new BrowserHost();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        // xunit 2 has no assembly fixture: Chromium and Kestrel stop when the test process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => host.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(10));
        return host;
    }

    private async Task StartAsync()
    {
        // Chromium starts in its own processes while this thread starts the portal (for the run's
        // first portal, that includes making the template database).
        var chromium = LaunchChromiumAsync();
        try
        {
            _portal.UseKestrel(o =>
            {
                o.Listen(IPAddress.Loopback, 0);
                o.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(SelfSignedCertificate()));
            });
            _portal.StartServer();
            await StatisticsSeed.EnsureAsync(_portal);
            var addresses = _portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            BaseAddress = new Uri(addresses.Single(a => a.StartsWith("http:", StringComparison.Ordinal)));
            SecureBaseAddress = new Uri(addresses.Single(a => a.StartsWith("https:", StringComparison.Ordinal)));
        }
        catch
        {
            // The portal's failure is the one reported; Chromium, if it started, is closed with the host.
            if (await Task.WhenAny(chromium) is { IsCompletedSuccessfully: true } launched)
            {
                Browser = launched.Result;
            }
            throw;
        }
        Browser = await chromium;
    }

    private async Task<IBrowser> LaunchChromiumAsync()
    {
        _playwright = await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await _portal.DisposeAsync();
    }

    /// <summary>A certificate for 127.0.0.1 and localhost, made for the run (also for the tests that need Kestrel without a browser).</summary>
    internal static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Exported and read back so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}

/// <summary>
/// A browser tab a test has to itself until it gives it back (disposes this). Given back, the tab
/// goes back to its screen size and stays on its page with the DSFR stopped (its script's
/// <c>dsfr.stop()</c>): the DSFR draws every frame (a requestAnimationFrame loop) for as long as
/// it runs, and a headless tab never counts as hidden, so an idle tab left on a running page kept
/// a share of a core busy for the whole run. Every borrower opens its own page first; from a page
/// of the same site Chromium keeps the renderer and what it parsed (decisions 0027, 0028).
/// </summary>
public sealed class LentTab(IPage page, SemaphoreSlim turn, Viewport viewport) : IDisposable
{
    public IPage Page { get; } = page;

    public void Dispose() => _ = GiveBackAsync();

    private async Task GiveBackAsync()
    {
        try
        {
            await Page.EvaluateAsync("() => window.dsfr?.stop()");
            if (Page.ViewportSize is not { } size || size.Width != viewport.Width || size.Height != viewport.Height)
            {
                await Page.SetViewportSizeAsync(viewport.Width, viewport.Height);
            }
        }
        catch (PlaywrightException)
        {
            // A page that cannot answer (closed, crashed, still loading) is the next borrower's to report.
        }
        finally
        {
            turn.Release();
        }
    }
}

/// <summary>The screen sizes every page is checked at.</summary>
public sealed record Viewport(int Width, int Height, string Name)
{
    public static Viewport Desktop { get; } = new(1280, 900, "desktop");

    public static Viewport Mobile { get; } = new(390, 844, "mobile");

    /// <summary>The most common laptop screen, where the measure pages' layout is checked besides the phone's.</summary>
    public static Viewport Laptop { get; } = new(1366, 768, "portable");

    public static IReadOnlyList<Viewport> All { get; } = [Desktop, Mobile];

    /// <summary>The narrowest width WCAG 1.4.10 (reflow) asks a page to read at without scrolling sideways.</summary>
    public static Viewport Narrowest { get; } = new(320, 844, "320");

    public BrowserNewContextOptions ContextOptions(bool acceptTestCertificate = false, string? storageState = null) => new()
    {
        ViewportSize = new ViewportSize { Width = Width, Height = Height },
        Locale = "fr-FR",
        IgnoreHTTPSErrors = acceptTestCertificate,
        StorageState = storageState,
    };
}

/// <summary>A browser test class's view of the run's one <see cref="BrowserHost"/> (xunit's class fixture).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private BrowserHost _host = null!;

    public Task<LentTab> BorrowTabAsync(Viewport viewport, string? visitor = null) => _host.BorrowTabAsync(viewport, visitor);

    public Task<LentTab> BorrowStaffTabAsync(Viewport viewport) => _host.BorrowStaffTabAsync(viewport);

    public Task SignInAsync(IPage page) => _host.SignInAsync(page);

    public IBrowser Browser => _host.Browser;

    public Uri BaseAddress => _host.BaseAddress;

    public Uri SecureBaseAddress => _host.SecureBaseAddress;

    public PortalFactory Portal => _host.Portal;

    public async Task InitializeAsync() => _host = await BrowserHost.SharedAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
