using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

public static class AxeAudit
{
    public static readonly (int Width, int Height, string Name)[] Viewports = [(1280, 900, "desktop"), (390, 844, "mobile")];

    /// <summary>
    /// Opens <paramref name="url"/>, checks every asset loaded and the DSFR applies, and accepts no
    /// axe-core violation of any impact, nor anything the Content-Security-Policy blocked; keeps a
    /// screenshot when that fails or when screenshots are asked (<see cref="PageReady.ScreenshotsVariable"/>).
    /// </summary>
    public static async Task VisitAndAssertAsync(IPage page, Uri url, string screenshotName)
    {
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                blocked.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
            """);
        var brokenAssets = new List<string>();
        page.RequestFailed += (_, request) => brokenAssets.Add($"{request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                brokenAssets.Add($"{response.Url} ({response.Status})");
            }
        };
        await page.GotoAsync(url);
        await page.CheckAsync(screenshotName, async () =>
        {
            Assert.True(brokenAssets.Count == 0, $"{url}: assets that did not load:\n" + string.Join("\n", brokenAssets));
            blocked.AddRange(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
            Assert.True(blocked.Count == 0, $"{url}: blocked by the Content-Security-Policy:\n" + string.Join("\n", blocked));

            // The DSFR stylesheet really applies (an empty or undecodable CSS loads "successfully").
            Assert.Contains("Marianne", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);
            // Passes and incomplete checks come back with one node each instead of all: axe-core's
            // documented speed-up for large pages; violations still list every node.
            var result = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });

            Assert.NotEmpty(result.Passes);
            var violations = result.Violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => string.Join(" ", n.Target)))}");
            Assert.True(result.Violations.Length == 0, $"{url} ({screenshotName}):\n" + string.Join("\n", violations));
        });
    }
}
