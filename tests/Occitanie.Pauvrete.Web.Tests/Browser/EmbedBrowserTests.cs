using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>
/// « Intégrer les mesures sur votre site » in Chromium (issue 18): the snippet copied from /integrer,
/// pasted into a commune's page on another origin (<see cref="CommuneSite"/>), shows the block; a
/// frame of any other page of the portal stays empty, refused by its frame-ancestors 'none'.
/// </summary>
[Trait("Category", "Browser")]
public sealed class EmbedBrowserTests(BrowserFixture browser, CommuneSite commune) : IClassFixture<BrowserFixture>, IClassFixture<CommuneSite>
{
    private const string Meals = "assurer-un-repas-equilibre";

    [Fact]
    public async Task The_snippet_copied_from_the_page_shows_the_block_on_a_communes_site()
    {
        await using var context = await browser.Browser.NewContextAsync(Viewport.Desktop.ContextOptions());
        var page = await context.NewPageAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.BaseAddress.GetLeftPart(UriPartial.Authority) });

        // The webmaster chooses an intention and copies the code with the page's button.
        await page.GotoAsync(new Uri(browser.BaseAddress, "/integrer").ToString());
        await page.SelectOptionAsync("#integrer-quoi", $"intention:{Meals}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher le bloc et son code" }).ClickAsync();
        await page.WaitForURLAsync($"**/integrer?intention={Meals}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Copier le code" }).ClickAsync();
        await Assertions.Expect(page.Locator("#integrer-copie")).ToContainTextAsync("Le code est copié");
        var snippet = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(await page.Locator("#integrer-code").InputValueAsync(), snippet);

        // …and pastes it into a page of the commune's site.
        var communePage = commune.Serve($"""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>Mairie de Test</title></head>
            <body><h1>Les aides de l'État</h1>{snippet}</body></html>
            """);
        Assert.NotEqual(new Uri(communePage.GetLeftPart(UriPartial.Authority)), new Uri(browser.BaseAddress.GetLeftPart(UriPartial.Authority)));
        await page.GotoAsync(communePage.ToString());

        var block = page.FrameLocator("iframe");
        var expected = await browser.Portal.ReadAsync(db => db.Measures.Published()
            .Where(m => m.Intentions.Any(i => i.Slug == Meals) || m.Workshops.Any(w => w.IsPublished && w.Intention!.Slug == Meals))
            .Select(m => m.Slug)
            .ToListAsync());
        await page.CheckAsync("integrer-bloc-chez-une-commune", async () =>
        {
            await Assertions.Expect(block.Locator("h1")).ToContainTextAsync("Mesures de l'État");
            await Assertions.Expect(block.Locator("#bloc-mesures > li")).ToHaveCountAsync(expected.Count);
            var links = block.Locator("#bloc-mesures > li a");
            foreach (var slug in expected)
            {
                var link = links.And(page.Locator($"[href='{new Uri(browser.BaseAddress, $"/mesures/{slug}")}']"));
                await Assertions.Expect(link).ToHaveAttributeAsync("target", "_blank");
            }
            await Assertions.Expect(block.Locator("#bloc-mesures > li").First).ToContainTextAsync("Ce que finance l'État");
            // The DSFR applies inside the frame: its stylesheet and font came from the portal.
            Assert.Contains("Marianne", await block.Locator("body").EvaluateAsync<string>("b => getComputedStyle(b).fontFamily"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_frame_of_any_other_page_of_the_portal_is_refused_and_stays_empty()
    {
        await using var context = await browser.Browser.NewContextAsync(Viewport.Desktop.ContextOptions());
        var page = await context.NewPageAsync();
        var home = new Uri(browser.BaseAddress, "/");
        var blockAddress = new Uri(browser.BaseAddress, $"/integrer/bloc?intention={Meals}");
        var communePage = commune.Serve($"""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>Mairie de Test</title></head>
            <body><iframe id="accueil" src="{home}" title="Accueil du portail"></iframe><iframe id="bloc" src="{blockAddress}" title="Bloc"></iframe></body></html>
            """);

        // Chromium says why it refuses the frame in the console, from the portal's own header.
        await page.RunAndWaitForConsoleMessageAsync(
            () => page.GotoAsync(communePage.ToString()),
            new() { Predicate = m => m.Text.Contains("frame-ancestors 'none'", StringComparison.Ordinal) && m.Text.Contains(home.ToString(), StringComparison.Ordinal) });

        // The block beside it shows (frames work on this page); the home page's frame holds nothing of the portal.
        await Assertions.Expect(page.FrameLocator("#bloc").Locator("#bloc-mesures > li").First).ToBeVisibleAsync();
        var frame = await (await page.QuerySelectorAsync("#accueil"))!.ContentFrameAsync();
        Assert.NotNull(frame);
        // Chromium puts its error page in the refused frame, in place of the portal's.
        Assert.StartsWith("chrome-error:", frame.Url, StringComparison.Ordinal);
        Assert.Equal(0, await frame.Locator(".fr-header, .fr-footer, main#content").CountAsync());
    }
}

/// <summary>
/// A commune's site, for the embedding tests: Kestrel on a free loopback port of its own (so
/// another origin than the portal's), answering each page a test gave it. Never the internet.
/// </summary>
public sealed class CommuneSite : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);
    private WebApplication _app = null!;
    private Uri _root = null!;

    /// <summary>Serves <paramref name="html"/> at an address of its own, and gives that address.</summary>
    public Uri Serve(string html)
    {
        var path = $"/page-{_pages.Count + 1}-{Guid.NewGuid():N}";
        _pages[path] = html;
        return new Uri(_root, path);
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapGet("/{page}", (HttpContext context) =>
            _pages.TryGetValue(context.Request.Path.Value!, out var html) ? Results.Content(html, "text/html; charset=utf-8") : Results.NotFound());
        await _app.StartAsync();
        _root = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
