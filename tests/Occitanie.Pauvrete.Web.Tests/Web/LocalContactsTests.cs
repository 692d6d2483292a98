using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// « The service of your département »: the reader picks a département in a plain GET form and gets
/// that département's office when the data has one, else the administration's directory search for
/// it, labelled as such. Nothing is invented.
/// </summary>
public sealed class LocalContactsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Ddets = "Direction départementale de l'emploi, du travail et des solidarités (DDETS) de votre département";

    [Fact]
    public async Task A_departmental_contact_offers_the_13_departements_in_a_form_that_works_without_javascript()
    {
        var measure = await new MeasureBuilder("contact-ddets-formulaire").Contact(Ddets, service: "DDETS").SaveAsync(portal);
        var departements = await portal.ReadAsync(db => db.Departements.Published().OrderBy(d => d.Code).Select(d => new { d.Code, d.Name }).ToListAsync());
        using var visitor = StaffBrowser.Anonymous(portal);

        var page = await visitor.GetAsync(measure.Path);
        var form = page.QuerySelector<IHtmlFormElement>("#votre-departement form")!;
        Assert.Equal("get", form.Method);
        var select = form.QuerySelector<IHtmlSelectElement>("select")!;
        Assert.Equal("departement", select.Name);
        Assert.Equal(select.Id, page.QuerySelector("#votre-departement label")!.GetAttribute("for"));
        Assert.Equal(13, departements.Count);
        Assert.Equal(departements.Select(d => d.Code), select.Options.Skip(1).Select(o => o.Value));
        Assert.Equal(departements.Select(d => $"{d.Name} ({d.Code})"), select.Options.Skip(1).Select(o => VisibleText.Of(o)));

        StaffBrowser.Fill(form, new() { ["departement"] = "12" });
        using var response = await visitor.SendAsync(form);
        var chosen = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{measure.Path}?departement=12", response.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal("12", chosen.QuerySelector<IHtmlSelectElement>("#votre-departement select")!.Value);
        Assert.NotNull(chosen.QuerySelector("#contact-departement"));
    }

    [Fact]
    public async Task Without_an_office_in_the_data_the_page_links_the_directory_search_for_that_service_and_departement()
    {
        var measure = await new MeasureBuilder("contact-ddets-annuaire").Contact(Ddets, service: "DDETS").SaveAsync(portal);

        var page = await portal.GetDocumentAsync($"{measure.Path}?departement=11");

        var link = Assert.Single(page.QuerySelectorAll("#contact-departement a"));
        Assert.Equal("Rechercher la DDETS de l'Aude dans l'annuaire de l'administration", VisibleText.Of(link));
        Assert.Equal("https://lannuaire.service-public.fr/recherche?whoWhat=DDETS&where=Aude%2011", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("noopener", link.GetAttribute("rel"));
        Assert.EndsWith("— nouvelle fenêtre", link.GetAttribute("title"), StringComparison.Ordinal);
        ForbiddenWording.AssertNoneIn(page, measure.Path);
    }

    [Fact]
    public async Task The_departement_s_office_is_shown_when_the_data_has_one_and_becomes_whom_to_call()
    {
        var measure = await new MeasureBuilder("contact-caf-bureau").Contact("Caisse d'allocations familiales (CAF) de votre département", service: "CAF").SaveAsync(portal);
        await MeasureBuilder.SaveLocalContactAsync(portal, "CAF", "30", c =>
        {
            c.Name = "CAF du Gard";
            c.Phone = "04 66 00 00 00";
            c.Email = "contact@caf-gard.example.fr";
            c.Address = "1 rue de l'Exemple, 30000 Nîmes";
        });

        var gard = await portal.GetDocumentAsync($"{measure.Path}?departement=30");
        var lot = await portal.GetDocumentAsync($"{measure.Path}?departement=46");

        var office = VisibleText.Of(gard.QuerySelector("#contact-departement")!);
        Assert.Contains("CAF du Gard", office, StringComparison.Ordinal);
        Assert.Contains("Adresse : 1 rue de l'Exemple, 30000 Nîmes", office, StringComparison.Ordinal);
        Assert.Equal("tel:+33466000000", gard.QuerySelector("#contact-departement a[href^='tel:']")!.GetAttribute("href"));
        Assert.Null(gard.QuerySelector("#contact-departement a[href*='lannuaire']"));
        Assert.Equal("Qui contacter : CAF du Gard, 04 66 00 00 00", VisibleText.Of(gard.QuerySelector("#essentiel-contact")!));
        // Another département: the directory, since the data has no office there (the page is cached per address).
        Assert.Equal("Rechercher la CAF du Lot dans l'annuaire de l'administration", VisibleText.Of(lot.QuerySelector("#contact-departement a")!));
    }

    [Fact]
    public async Task An_unknown_departement_is_no_choice_and_a_measure_without_departmental_contact_has_no_form()
    {
        var departmental = await new MeasureBuilder("contact-code-inconnu").Contact(Ddets, service: "DDETS").SaveAsync(portal);
        var national = await new MeasureBuilder("contact-national").Contact("Agence de services et de paiement (ASP)", phone: "05 49 37 56 30").SaveAsync(portal);

        var unknown = await portal.GetDocumentAsync($"{departmental.Path}?departement=75");
        var plain = await portal.GetDocumentAsync($"{national.Path}?departement=11");

        Assert.NotNull(unknown.QuerySelector("#votre-departement form"));
        Assert.DoesNotContain(unknown.QuerySelectorAll("#votre-departement option"), o => o.HasAttribute("selected"));
        Assert.Null(unknown.QuerySelector("#contact-departement"));
        Assert.Null(plain.QuerySelector("#votre-departement"));
    }

    [Theory]
    [InlineData("DDETS", "11", "Aude", "la DDETS de l'Aude")]
    [InlineData("CAF", "31", "Haute-Garonne", "la CAF de la Haute-Garonne")]
    [InlineData("ARS", "65", "Hautes-Pyrénées", "l'ARS des Hautes-Pyrénées")]
    [InlineData("DSDEN", "30", "Gard", "la DSDEN du Gard")]
    [InlineData("Délégué du Défenseur des droits", "34", "Hérault", "« Délégué du Défenseur des droits » de l'Hérault")]
    public void The_directory_link_names_the_service_and_the_departement_in_french(string service, string code, string name, string expected)
    {
        var label = PublicServiceDirectory.SearchLabel(service, name, code);

        Assert.Equal($"Rechercher {expected} dans l'annuaire de l'administration", VisibleText.Normalize(label));
    }
}
