using Microsoft.Playwright;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>Changes a loaded page's theme, width or pointer as a visitor would, without loading it again.</summary>
public static class DisplaySettings
{
    /// <summary>
    /// The DSFR's dark theme, as its « Paramètres d'affichage » sets it: the scheme and the theme on
    /// &lt;html&gt;. Waits until the page's background has changed (the DSFR's colours are variables).
    /// </summary>
    public static Task UseDarkThemeAsync(IPage page) => SetThemeAsync(page, "dark");

    public static Task UseLightThemeAsync(IPage page) => SetThemeAsync(page, "light");

    private static async Task SetThemeAsync(IPage page, string theme)
    {
        var changed = await page.EvaluateAsync<bool>("""
            theme => {
                const root = document.documentElement;
                const changed = root.getAttribute('data-fr-theme') !== theme;
                window.__backgroundBefore = getComputedStyle(document.body).backgroundColor;
                root.setAttribute('data-fr-scheme', theme);
                root.setAttribute('data-fr-theme', theme);
                return changed;
            }
            """, theme);
        if (changed)
        {
            await page.WaitForFunctionAsync("() => getComputedStyle(document.body).backgroundColor !== window.__backgroundBefore");
        }
        await Settled(page);
    }

    public static async Task ResizeAsync(IPage page, Viewport viewport)
    {
        await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        await page.WaitForFunctionAsync("width => window.innerWidth === width", viewport.Width);
        await Settled(page);
    }

    /// <summary>
    /// The pointer off the page, as when a visitor's mouse is elsewhere: nothing is drawn hovered.
    /// Where a pointer rests is not the page's state, yet a link under it changes the colours an
    /// audit measures. Chromium's headless shell starts it at (0, 0), over the header's brand block,
    /// whose hover background (dark theme, 320 px) lowers the contrast of the search and menu
    /// buttons drawn on it (decision 0029).
    /// </summary>
    public static async Task MovePointerOffAsync(IPage page)
    {
        await page.Mouse.MoveAsync(-1, -1);
        await Settled(page);
    }

    /// <summary>Two frames: the DSFR's scripts have answered the change and the page is laid out again.</summary>
    private static async Task Settled(IPage page) =>
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
}
