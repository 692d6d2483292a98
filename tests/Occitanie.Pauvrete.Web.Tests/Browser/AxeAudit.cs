using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

public static class AxeAudit
{
    /// <summary>
    /// axe-core as Deque bundles it for .NET (Deque.AxeCore.Commons), run in the page by
    /// <see cref="RunAsync"/>. Deque's Playwright wrapper (RunAxe) costs about 0.8 s more per page
    /// in serialising every result through its own JSON layer; <see cref="AxeRunnerTests"/> checks
    /// that both find the same violations.
    /// </summary>
    private static readonly string _axeSource = new BundledAxeScriptProvider().GetScript();

    /// <summary>What axe-core reports: its violations (every node) and the number of rules that passed.</summary>
    public sealed record Report(IReadOnlyList<Violation> Violations, int Passes);

    public sealed record Violation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets);

    /// <summary>
    /// Runs axe-core on the page as it stands, with the pointer moved off it (nothing hovered), every
    /// rule of its default set. Only violations come back in full (resultTypes: axe-core's documented
    /// speed-up for large pages): passes and incomplete checks are counted, not listed node by node.
    /// </summary>
    public static async Task<Report> RunAsync(IPage page)
    {
        await DisplaySettings.MovePointerOffAsync(page);

        // Half a megabyte of script, sent and compiled once per page: a second audit of the same
        // page (another width, the other theme) finds it there.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(_axeSource);
        }
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
                // Not into frames: axe-core is in this document only, and would wait for it in a frame. The one
                // frame of the site (/integrer's preview of the block) is the block's page, audited on its own.
                const result = await axe.run(document, { resultTypes: ['violations'], iframes: false });
                return {
                    passes: result.passes.length,
                    violations: result.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' ')),
                    })),
                };
            }
            """);
        var violations = json.GetProperty("violations").EnumerateArray()
            .Select(v => new Violation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").GetString(),
                v.GetProperty("help").GetString()!,
                [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!)]))
            .ToList();
        return new Report(violations, json.GetProperty("passes").GetInt32());
    }

    /// <summary>axe-core on the page as it stands (after a change of theme or width): no violation of any impact.</summary>
    public static async Task AssertNoViolationAsync(IPage page, Uri url, string screenshotName)
    {
        var report = await RunAsync(page);

        Assert.True(report.Passes > 0, $"{url}: axe-core checked nothing");
        var violations = report.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Targets)}");
        Assert.True(report.Violations.Count == 0, $"{url} ({screenshotName}):\n" + string.Join("\n", violations));
    }

    /// <summary>
    /// Makes every page of <paramref name="context"/> record what its Content-Security-Policy blocks
    /// (in <c>window.__cspViolations</c>), for <see cref="VisitAndAssertAsync"/>.
    /// </summary>
    public static Task WatchContentSecurityPolicyAsync(IBrowserContext context) =>
        context.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
            """);

    /// <summary>
    /// Opens <paramref name="url"/>, checks every asset loaded and the DSFR applies, and accepts no
    /// axe-core violation of any impact, nor anything the Content-Security-Policy blocked; keeps a
    /// screenshot when that fails or when screenshots are asked (<see cref="PageReady.ScreenshotsVariable"/>).
    /// The page's context watches its Content-Security-Policy (<see cref="WatchContentSecurityPolicyAsync"/>).
    /// </summary>
    /// <param name="alsoAt">
    /// Other screens to audit the same load at: the tab is resized, audited again, and given back at
    /// its size. The markup is the server's either way, and one load costs less than two.
    /// </param>
    public static async Task VisitAndAssertAsync(IPage page, Uri url, string screenshotName, IReadOnlyList<Viewport>? alsoAt = null)
    {
        var size = page.ViewportSize;
        var blocked = new List<string>();
        var brokenAssets = new List<string>();
        void OnConsole(object? sender, IConsoleMessage message)
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                blocked.Add(message.Text);
            }
        }
        void OnRequestFailed(object? sender, IRequest request) => brokenAssets.Add($"{request.Url} ({request.Failure})");
        void OnResponse(object? sender, IResponse response)
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                brokenAssets.Add($"{response.Url} ({response.Status})");
            }
        }
        page.Console += OnConsole;
        page.RequestFailed += OnRequestFailed;
        page.Response += OnResponse;
        try
        {
            await page.GotoAsync(url);
            await page.CheckAsync(screenshotName, async () =>
            {
                Assert.True(brokenAssets.Count == 0, $"{url}: assets that did not load:\n" + string.Join("\n", brokenAssets));
                blocked.AddRange(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
                Assert.True(blocked.Count == 0, $"{url}: blocked by the Content-Security-Policy:\n" + string.Join("\n", blocked));

                // The DSFR stylesheet really applies (an empty or undecodable CSS loads "successfully").
                Assert.Contains("Marianne", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);
                await AssertNoViolationAsync(page, url, screenshotName);
            });
            foreach (var viewport in alsoAt ?? [])
            {
                await DisplaySettings.ResizeAsync(page, viewport);
                await page.CheckAsync($"{screenshotName}-{viewport.Name}", () => AssertNoViolationAsync(page, url, $"{screenshotName} at {viewport.Width} px"));
            }
        }
        finally
        {
            if (alsoAt is { Count: > 0 } && size is not null)
            {
                await page.SetViewportSizeAsync(size.Width, size.Height);
            }
            page.Console -= OnConsole;
            page.RequestFailed -= OnRequestFailed;
            page.Response -= OnResponse;
        }
    }
}
