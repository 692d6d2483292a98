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
        { "/recherche?q=creche", "recherche" },
        { "/recherche?q=introuvablexyz", "recherche-sans-resultat" },
        { "/axes", "axes" },
        { "/axes/acces-aux-droits", "axe" },
        { "/communiques", "communiques" },
        { "/communiques?annee=2021", "communiques-2021" },
        { "/communiques/contacts-presse", "contacts-presse" },
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
        { "/cette-page-n-existe-pas", "404" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_accessibility_violation(string url, string name)
    {
        // One load, audited at the desktop's width then at the phone's.
        using var tab = await browser.BorrowTabAsync(Viewport.Desktop);
        await AxeAudit.VisitAndAssertAsync(tab.Page, new Uri(browser.BaseAddress, url), $"{name}-{Viewport.Desktop.Name}", alsoAt: [Viewport.Mobile]);
    }
}
