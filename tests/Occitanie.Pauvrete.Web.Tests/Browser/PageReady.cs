using Microsoft.Playwright;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>
/// When a page is ready to be looked at, and what is kept of it. A page of the portal makes no
/// request after its load event (no analytics, no polling), so waiting for the network to stay idle
/// half a second only adds that half-second: ready is the load event, the DSFR script started
/// (it marks the root <c>data-fr-js</c>), the fonts and two animation frames (the DSFR renders its
/// components on the next frame).
/// </summary>
public static class PageReady
{
    /// <summary>Screenshots of every page looked at go to <see cref="ScreenshotFolder"/> when this variable is 1; otherwise only those of failures.</summary>
    public const string ScreenshotsVariable = "PORTAL_TEST_SCREENSHOTS";

    public static bool ScreenshotsAsked { get; } = Environment.GetEnvironmentVariable(ScreenshotsVariable) == "1";

    /// <summary>Where the screenshots go, to be looked at after a run.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(Paths.Repository, "tests", "TestResults", "screenshots");

    /// <summary>Opens <paramref name="url"/> and waits until it is ready.</summary>
    public static async Task<IResponse?> GotoAsync(this IPage page, Uri url)
    {
        var response = await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitUntilReadyAsync();
        return response;
    }

    /// <summary>
    /// Runs <paramref name="action"/> (a key press, a click) that leads to another page, and waits
    /// until a page whose address satisfies <paramref name="url"/> (any other page by default) is
    /// ready. The wait starts before the action: begun after it, a navigation already committed in
    /// between went unseen (Playwright's .NET client reads its events on another thread), and the
    /// test waited its full timeout under a loaded processor.
    /// </summary>
    public static async Task NavigateByAsync(this IPage page, Func<Task> action, Func<string, bool>? url = null)
    {
        var before = page.Url;
        var arrived = page.WaitForURLAsync(url ?? (address => address != before), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Load });
        await action();
        await arrived;
        await page.WaitUntilReadyAsync();
    }

    public static async Task WaitUntilReadyAsync(this IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        // The DSFR's script marks the page once it has run; the embeddable block has no script to wait for.
        await page.WaitForFunctionAsync("() => document.documentElement.hasAttribute('data-fr-js') || !document.querySelector('script[src*=\"dsfr\"]')");
        await page.EvaluateAsync("() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))");
    }

    /// <summary>Runs <paramref name="checks"/>; keeps a screenshot of the page when they fail, or when screenshots are asked.</summary>
    public static async Task CheckAsync(this IPage page, string screenshotName, Func<Task> checks, bool fullPage = true)
    {
        try
        {
            await checks();
        }
        catch
        {
            try
            {
                await SaveScreenshotAsync(page, screenshotName + "-echec", fullPage);
            }
            catch (PlaywrightException)
            {
                // The page may be what failed (closed, crashed): the failure itself is what matters.
            }
            throw;
        }
        if (ScreenshotsAsked)
        {
            await SaveScreenshotAsync(page, screenshotName, fullPage);
        }
    }

    /// <summary>Keeps a screenshot of what the viewport shows when screenshots are asked.</summary>
    public static async Task SaveScreenshotIfAskedAsync(this IPage page, string name)
    {
        if (ScreenshotsAsked)
        {
            await SaveScreenshotAsync(page, name, fullPage: false);
        }
    }

    /// <summary>Prints the page to PDF when screenshots are asked.</summary>
    public static async Task SavePdfIfAskedAsync(this IPage page, string name)
    {
        if (ScreenshotsAsked)
        {
            Directory.CreateDirectory(ScreenshotFolder);
            await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(ScreenshotFolder, name + ".pdf") });
        }
    }

    private static async Task SaveScreenshotAsync(IPage page, string name, bool fullPage)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });
    }
}
