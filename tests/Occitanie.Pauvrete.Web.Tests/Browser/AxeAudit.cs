using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

public static class AxeAudit
{
    public static readonly (int Width, int Height, string Name)[] Viewports = [(1280, 900, "desktop"), (390, 844, "mobile")];

    /// <summary>
    /// Opens <paramref name="url"/>, checks every asset loaded and the DSFR applies, keeps a
    /// screenshot and accepts no axe-core violation of any impact, nor anything the
    /// Content-Security-Policy blocked.
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
        await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(brokenAssets.Count == 0, $"{url}: assets that did not load:\n" + string.Join("\n", brokenAssets));
        blocked.AddRange(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
        Assert.True(blocked.Count == 0, $"{url}: blocked by the Content-Security-Policy:\n" + string.Join("\n", blocked));

        // The DSFR stylesheet really applies (an empty or undecodable CSS loads "successfully").
        Assert.Contains("Marianne", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);
        var result = await page.RunAxe();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{screenshotName}.png"), FullPage = true });

        Assert.NotEmpty(result.Passes);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => string.Join(" ", n.Target)))}");
        Assert.True(result.Violations.Length == 0, $"{url} ({screenshotName}):\n" + string.Join("\n", violations));
    }
}
