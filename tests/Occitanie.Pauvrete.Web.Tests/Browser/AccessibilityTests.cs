using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>axe-core in Chromium on every page type: no violation of any impact is accepted (RGAA).</summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>One URL per page type, with the name of its screenshot.</summary>
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "accueil" },
        { "/je-souhaite/assurer-un-repas-equilibre", "intention" },
        { "/mesures", "mesures" },
        { "/mesures?axe=acces-aux-droits&intention=ameliorer-l-acces-aux-droits", "mesures-filtrees" },
        { "/mesures/cantines-a-tarification-sociale", "mesure" },
        { "/ateliers", "ateliers" },
        { "/ateliers/atelier-01-cantines-tarification-sociale-capendu", "atelier" },
        { "/conferences", "conferences" },
        { "/conferences/conference-regionale-des-elus-2021", "conference" },
        { "/recherche", "recherche-vide" },
        { "/recherche?q=creche", "recherche" },
        { "/recherche?q=introuvablexyz", "recherche-sans-resultat" },
        { "/axes", "axes" },
        { "/axes/acces-aux-droits", "axe" },
        { "/communiques", "communiques" },
        { "/communiques?annee=2021", "communiques-2021" },
        { "/communiques/contacts-presse", "contacts-presse" },
        { "/communiques/2024-05-24-bilan-2023-transition-pacte-des-solidarites", "communique" },
        { "/gouvernance", "gouvernance" },
        { "/groupes-de-travail", "groupes-de-travail" },
        { "/accessibilite", "accessibilite" },
        { "/mentions-legales", "mentions-legales" },
        { "/donnees-personnelles", "donnees-personnelles" },
        { "/gestion-des-cookies", "gestion-des-cookies" },
        { "/contact", "contact" },
        { "/plan-du-site", "plan-du-site" },
        { "/donnees", "donnees" },
        { "/donnees/api", "donnees-api" },
        { "/cette-page-n-existe-pas", "404" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_accessibility_violation(string url, string name)
    {
        foreach (var (width, height, suffix) in new[] { (1280, 900, "desktop"), (390, 844, "mobile") })
        {
            await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = height },
                Locale = "fr-FR",
            });
            var page = await context.NewPageAsync();
            var brokenAssets = new List<string>();
            page.RequestFailed += (_, request) => brokenAssets.Add($"{request.Url} ({request.Failure})");
            page.Response += (_, response) =>
            {
                if (response.Status >= 400 && response.Request.ResourceType != "document")
                {
                    brokenAssets.Add($"{response.Url} ({response.Status})");
                }
            };
            await page.GotoAsync(new Uri(browser.BaseAddress, url).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.True(brokenAssets.Count == 0, $"{url}: assets that did not load:\n" + string.Join("\n", brokenAssets));

            // The DSFR stylesheet really applies (an empty or undecodable CSS loads "successfully").
            Assert.Contains("Marianne", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);
            var result = await page.RunAxe();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-{suffix}.png"), FullPage = true });

            Assert.NotEmpty(result.Passes);
            var violations = result.Violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => string.Join(" ", n.Target)))}");
            Assert.True(result.Violations.Length == 0, $"{url} ({suffix}):\n" + string.Join("\n", violations));
        }
    }
}
