using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

public static class AxeAudit
{
    public static readonly (int Width, int Height, string Name)[] Viewports = [(1280, 900, "desktop"), (390, 844, "mobile")];

    /// <summary>
    /// Opens <paramref name="url"/>, checks every asset loaded and the DSFR applies, keeps a
    /// screenshot and accepts no axe-core violation of any impact.
    /// </summary>
    public static async Task VisitAndAssertAsync(IPage page, Uri url, string screenshotName)
    {
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
