using Microsoft.Playwright;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>axe-core in Chromium on every page type: no violation of any impact is accepted (RGAA).</summary>
[Trait("Category", "Browser")]
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>One URL per page type, with the name of its screenshot.</summary>
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "accueil" },
        { "/je-souhaite", "intentions" },
        { "/je-souhaite/assurer-un-repas-equilibre", "intention" },
        { "/mesures", "mesures" },
        { "/mesures?axe=acces-aux-droits&intention=ameliorer-l-acces-aux-droits", "mesures-filtrees" },
        { "/mesures/cantines-a-tarification-sociale", "mesure" },
        { "/mesures/points-conseil-budget?departement=11", "mesure-departement" },
        { "/mesures/maraudes", "mesure-sans-financement" },
        { "/ateliers", "ateliers" },
        { "/ateliers/atelier-01-cantines-tarification-sociale-capendu", "atelier" },
        { "/conferences", "conferences" },
        { "/conferences/conference-regionale-des-elus-2021", "conference" },
        { "/recherche", "recherche-vide" },
        { "/recherche?q=emploi&page=2", "recherche" },
        { "/recherche?q=introuvablexyz", "recherche-sans-resultat" },
        { "/axes", "axes" },
        { "/axes/acces-aux-droits", "axe" },
        { "/communiques", "communiques" },
        { "/communiques?annee=2021", "communiques-2021" },
        { "/communiques/contacts-presse", "contacts-presse" },
        { "/communiques/abonnement", "abonnement" },
        { "/communiques/2024-05-24-bilan-2023-transition-pacte-des-solidarites", "communique" },
        { "/communiques/2021-07-07-strategie-pauvrete-deploiement-territoires", "communique-avant-le-pacte" },
        { "/gouvernance", "gouvernance" },
        { "/groupes-de-travail", "groupes-de-travail" },
        { "/accessibilite", "accessibilite" },
        { "/mentions-legales", "mentions-legales" },
        { "/donnees-personnelles", "donnees-personnelles" },
        { "/signaler-une-erreur?page=%2Fmesures%2Fpoints-conseil-budget", "signaler-une-erreur" },
        { "/gestion-des-cookies", "gestion-des-cookies" },
        { "/contact", "contact" },
        { "/plan-du-site", "plan-du-site" },
        { "/donnees", "donnees" },
        { "/donnees/api", "donnees-api" },
        { "/ma-selection", "ma-selection-vide" },
        { "/ma-selection?m=cantines-a-tarification-sociale&m=points-conseil-budget&a=atelier-01-cantines-tarification-sociale-capendu&m=mesure-retiree", "ma-selection" },
        { "/combien", "combien" },
        { "/integrer", "integrer" },
        { "/integrer?intention=assurer-un-repas-equilibre", "integrer-intention" },
        { "/integrer/bloc?intention=assurer-un-repas-equilibre", "bloc-intention" },
        { "/integrer/bloc?departement=11", "bloc-departement" },
        { "/integrer/bloc?m=cantines-a-tarification-sociale&m=mesure-retiree&a=atelier-01-cantines-tarification-sociale-capendu", "bloc-selection" },
        { "/statistiques", "statistiques" },
        { "/mesures/cantines-a-tarification-sociale?quantite=1200&annees=2", "mesure-estimation" },
        { "/mesures/points-conseil-budget?quantite=douze&annees=9", "mesure-estimation-erreur" },
        { "/cette-page-n-existe-pas", "404" },
    };

    /// <summary>
    /// Each page is loaded once and audited twice: as it comes (desktop, light), then at 320 CSS px in
    /// the DSFR's dark theme (WCAG 1.4.10 reflow: no sideways scroll of the page, tables aside; a
    /// phone's 390 px reflows no narrower). Two audits cover both themes and both layouts: the colours
    /// a theme gives do not depend on the width, and what only one width shows (the header's links,
    /// the catalogue's « Filtrer ») is the DSFR's own, drawn for both themes. A third audit per page
    /// cost a third of this class for no rule that could fail in it alone. The tab is lent: its theme
    /// is put back whatever happens, and its size when it is given back.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_accessibility_violation(string url, string name)
    {
        using var tab = await browser.BorrowTabAsync(Viewport.Desktop);
        var page = tab.Page;
        var address = new Uri(browser.BaseAddress, url);
        await AxeAudit.VisitAndAssertAsync(page, address, $"{name}-desktop");

        try
        {
            await DisplaySettings.UseDarkThemeAsync(page);
            await DisplaySettings.ResizeAsync(page, Viewport.Narrowest);
            await page.CheckAsync($"{name}-320-sombre", async () =>
            {
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"{url}: the page scrolls sideways by {overflow} px at 320 px");
                await AxeAudit.AssertNoViolationAsync(page, address, $"{name}-320-sombre");
            });
        }
        finally
        {
            // The DSFR keeps the theme in the browser's storage, for the next test's pages too.
            await DisplaySettings.UseLightThemeAsync(page);
        }
    }
}
