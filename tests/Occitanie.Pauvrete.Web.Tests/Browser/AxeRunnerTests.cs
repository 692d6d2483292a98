using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>The audits' lean axe-core runner finds what Deque's own Playwright wrapper finds.</summary>
[Trait("Category", "Browser")]
public sealed class AxeRunnerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_lean_runner_and_deques_wrapper_report_the_same_violations_on_a_page_made_faulty()
    {
        using var tab = await browser.BorrowTabAsync(Viewport.Desktop);
        var page = tab.Page;
        await page.GotoAsync(new Uri(browser.BaseAddress, "/mesures"));
        // Three faults axe-core knows: an image without text, a nameless button, a field without a label.
        await page.EvaluateAsync("""
            () => {
                const main = document.querySelector('main');
                main.insertAdjacentHTML('afterbegin', '<img src="/favicon.ico"><button></button><input type="text">');
            }
            """);

        var lean = await AxeAudit.RunAsync(page);
        var deque = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });

        Assert.Contains(lean.Violations, v => v.Id == "image-alt");
        Assert.Contains(lean.Violations, v => v.Id == "button-name");
        Assert.Contains(lean.Violations, v => v.Id == "label");
        Assert.Equal(deque.Violations.Select(v => v.Id).Order(), lean.Violations.Select(v => v.Id).Order());
        Assert.Equal(
            deque.Violations.SelectMany(v => v.Nodes).Select(n => string.Join(" ", n.Target)).Order(),
            lean.Violations.SelectMany(v => v.Targets).Order());
    }
}
