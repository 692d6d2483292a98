using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// « L'essentiel » of a measure page, for measures built in the test with each fact present or
/// absent: the four answers an elected official came for, right after the title, each only when the
/// data has it; the details below; no wording that says a field is missing.
/// </summary>
public sealed class MeasureEssentialsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_measure_with_every_answer_shows_the_four_of_them_right_after_its_title()
    {
        var measure = await new MeasureBuilder("essai-complet")
            .Titled("Aide complète", "Une aide que l'État verse aux communes qui créent un point d'accueil.")
            .Funding("Subvention annuelle de 15 000 € par structure", 15000, "par structure et par an", "pendant 3 ans")
            .Applicants("Commune", "CCAS ou CIAS")
            .HowToApply("Collectivités éligibles : les communes rurales.\n\n1. Délibérer en conseil municipal.\n2. Déposer la demande auprès de l'ASP.")
            .Contact("Agence de services et de paiement (ASP)", phone: "05 49 37 56 30", email: "aide@asp-public.fr")
            .Publics("Familles")
            .Porteurs("État", "CAF")
            .Source(MeasureBuilder.Guide, "Atelier n°1")
            .SaveAsync(portal);

        var page = await portal.GetDocumentAsync(measure.Path);

        Assert.Equal("L'essentiel", VisibleText.Of(page.QuerySelector("main h2")!));
        var essentials = page.QuerySelector("#essentiel")!;
        Assert.Equal(
            ["Ce que finance l'État :", "Qui peut demander :", "Comment faire :", "Qui contacter :"],
            essentials.QuerySelectorAll("dt").Select(VisibleText.Of));
        // The source's line states the amount: the figure is not written again before it, the period it lacks follows it.
        Assert.Null(essentials.QuerySelector(".portal-essentials__figure"));
        Assert.Equal("Ce que finance l'État : Subvention annuelle de 15 000 € par structure, pendant 3 ans", VisibleText.Of(essentials.QuerySelector("#essentiel-financement")!));
        // The details give the figure with its unit, and the line.
        Assert.Equal("15 000 € par structure et par an, pendant 3 ans", VisibleText.Of(page.QuerySelector("#financement .fr-callout__title")!));
        Assert.Equal("Subvention annuelle de 15 000 € par structure", VisibleText.Of(page.QuerySelector("#financement .fr-callout__text")!));
        Assert.Equal("Qui peut demander : Commune, CCAS ou CIAS", VisibleText.Of(essentials.QuerySelector("#essentiel-demandeurs")!));
        // The first numbered step, not the eligibility paragraph before the steps.
        Assert.StartsWith("Comment faire : Délibérer en conseil municipal.", VisibleText.Of(essentials.QuerySelector("#essentiel-comment-faire")!), StringComparison.Ordinal);
        Assert.Equal("#comment-faire", essentials.QuerySelector("#essentiel-comment-faire a")!.GetAttribute("href"));
        Assert.Equal("Qui contacter : Agence de services et de paiement (ASP), 05 49 37 56 30", VisibleText.Of(essentials.QuerySelector("#essentiel-contact")!));
        Assert.Equal("tel:+33549375630", essentials.QuerySelector("#essentiel-contact a")!.GetAttribute("href"));
        // Four answers known: no other fact takes a line.
        Assert.Null(essentials.QuerySelector("#essentiel-publics, #essentiel-porteurs, #essentiel-axe"));
    }

    [Fact]
    public async Task The_figure_comes_first_when_the_source_s_line_does_not_state_the_amount_and_not_otherwise()
    {
        var stated = await new MeasureBuilder("essai-ligne-qui-dit-tout").Funding("Subvention de 15 000 € par structure", 15000).SaveAsync(portal);
        var unstated = await new MeasureBuilder("essai-ligne-sans-montant").Funding("Prise en charge d'une partie du coût des repas", 3, "par repas servi").SaveAsync(portal);

        var first = (await portal.GetDocumentAsync(stated.Path)).QuerySelector("#essentiel-financement")!;
        var second = (await portal.GetDocumentAsync(unstated.Path)).QuerySelector("#essentiel-financement")!;

        Assert.Null(first.QuerySelector(".portal-essentials__figure"));
        Assert.Equal("Ce que finance l'État : Subvention de 15 000 € par structure", VisibleText.Of(first));
        Assert.Equal("3 € par repas servi", VisibleText.Of(second.QuerySelector(".portal-essentials__figure")!));
        Assert.Equal("Ce que finance l'État : 3 € par repas servi Prise en charge d'une partie du coût des repas", VisibleText.Of(second));
    }

    [Fact]
    public async Task An_amount_without_a_line_is_shown_with_its_unit_and_a_period_without_an_amount_after_the_line()
    {
        var amountOnly = await new MeasureBuilder("essai-montant-seul").Funding(null, 1500, "par place créée").SaveAsync(portal);
        var periodOnly = await new MeasureBuilder("essai-duree-sans-montant").Funding("Prise en charge des frais de formation", period: "pendant 2 ans").SaveAsync(portal);

        var first = await portal.GetDocumentAsync(amountOnly.Path);
        var second = await portal.GetDocumentAsync(periodOnly.Path);

        Assert.Equal("Ce que finance l'État : 1 500 € par place créée", VisibleText.Of(first.QuerySelector("#essentiel-financement")!));
        Assert.Equal("Ce que finance l'État : Prise en charge des frais de formation, pendant 2 ans", VisibleText.Of(second.QuerySelector("#essentiel-financement")!));
    }

    [Fact]
    public async Task Without_a_how_to_apply_text_the_first_link_with_an_address_says_how()
    {
        var measure = await new MeasureBuilder("essai-lien")
            .Link("Carte des structures existantes")
            .Link("Le formulaire de demande", "https://www.example.gouv.fr/formulaire")
            .SaveAsync(portal);

        var page = await portal.GetDocumentAsync(measure.Path);

        var link = page.QuerySelector<IHtmlAnchorElement>("#essentiel-comment-faire a")!;
        Assert.Equal("https://www.example.gouv.fr/formulaire", link.GetAttribute("href"));
        Assert.Equal("Le formulaire de demande", VisibleText.Of(link));
        Assert.Equal("_blank", link.GetAttribute("target"));
        // The link without an address is listed as plain text, without a remark.
        Assert.Contains(page.QuerySelectorAll("#liens li"), li => VisibleText.Of(li) == "Carte des structures existantes" && li.QuerySelector("a") is null);
    }

    [Fact]
    public async Task A_contact_with_only_an_email_is_written_to_and_a_departmental_service_leads_to_the_departement_choice()
    {
        var byEmail = await new MeasureBuilder("essai-contact-courriel")
            .Contact("Mission locale")
            .Contact("Délégation régionale", email: "delegation@example.gouv.fr")
            .SaveAsync(portal);
        var byService = await new MeasureBuilder("essai-contact-service")
            .Contact("Direction départementale de l'emploi, du travail et des solidarités (DDETS) de votre département", service: "DDETS")
            .SaveAsync(portal);

        var first = await portal.GetDocumentAsync(byEmail.Path);
        var second = await portal.GetDocumentAsync(byService.Path);

        // The first contact one can reach, not merely the first named.
        Assert.Equal("Qui contacter : Délégation régionale, delegation@example.gouv.fr", VisibleText.Of(first.QuerySelector("#essentiel-contact")!));
        Assert.Equal("mailto:delegation@example.gouv.fr", first.QuerySelector("#essentiel-contact a")!.GetAttribute("href"));
        var choose = second.QuerySelector("#essentiel-contact a")!;
        Assert.Equal("#votre-departement", choose.GetAttribute("href"));
        Assert.NotNull(second.QuerySelector("#votre-departement select[name='departement']"));
    }

    [Fact]
    public async Task Without_any_of_the_four_answers_the_other_known_facts_fill_three_lines()
    {
        var measure = await new MeasureBuilder("essai-sans-reponse")
            .Kind(HelpKind.StructureToReplicate)
            .Porteurs("CAF")
            .Publics("Jeunes")
            .SaveAsync(portal);

        var page = await portal.GetDocumentAsync(measure.Path);

        Assert.Equal(
            ["essentiel-type", "essentiel-porteurs", "essentiel-publics"],
            page.QuerySelectorAll("#essentiel .portal-essentials__item").Select(i => i.Id));
        Assert.Equal("Type d'aide : Une structure à démultiplier dans votre territoire", VisibleText.Of(page.QuerySelector("#essentiel-type")!));
    }

    [Fact]
    public async Task A_measure_the_sources_only_name_still_opens_on_l_essentiel_with_its_axis_and_says_nothing_is_missing()
    {
        var measure = await new MeasureBuilder("essai-nue").SaveAsync(portal);
        var axis = await portal.ReadAsync(db => db.Axes.OrderBy(a => a.Number).Select(a => new { a.Number, a.Slug }).FirstAsync());

        var page = await portal.GetDocumentAsync(measure.Path);

        var line = Assert.Single(page.QuerySelectorAll("#essentiel .portal-essentials__item"));
        Assert.Equal("essentiel-axe", line.Id);
        Assert.Equal($"/axes/{axis.Slug}", line.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#financement, #comment-faire, #contacts, #liens, #ateliers, #sources-et-notes, #provenance"));
        ForbiddenWording.AssertNoneIn(page, measure.Path);
    }

    [Fact]
    public async Task The_details_tell_the_kind_of_help_the_territory_and_the_calendar()
    {
        var withDeadline = await new MeasureBuilder("essai-date-limite")
            .Kind(HelpKind.Grant)
            .Territory("Quartiers prioritaires de la politique de la ville")
            .Deadline(new DateOnly(2026, 6, 30))
            .SaveAsync(portal);
        var permanent = await new MeasureBuilder("essai-permanent").Kind(HelpKind.SchemeToDirectPeopleTo).Permanent().SaveAsync(portal);

        var first = await portal.GetDocumentAsync(withDeadline.Path);
        var second = await portal.GetDocumentAsync(permanent.Path);

        Assert.Equal("Une aide financière de l'État", VisibleText.Of(first.QuerySelector("#type-d-aide")!));
        Assert.Equal("Quartiers prioritaires de la politique de la ville", VisibleText.Of(first.QuerySelector("#territoire")!));
        Assert.Equal("Date limite de dépôt : 30 juin 2026", VisibleText.Of(first.QuerySelector("#calendrier")!));
        Assert.Equal("2026-06-30", first.QuerySelector("#calendrier time")!.GetAttribute("datetime"));
        Assert.Equal("Un dispositif vers lequel orienter certains publics", VisibleText.Of(second.QuerySelector("#type-d-aide")!));
        Assert.StartsWith("Demande possible à tout moment", VisibleText.Of(second.QuerySelector("#calendrier")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_may_apply_who_is_helped_and_who_carries_it_are_told_apart()
    {
        var measure = await new MeasureBuilder("essai-trois-listes")
            .Applicants("Commune", "EPCI")
            .Publics("Enfants", "Familles")
            .Porteurs("ASP")
            .SaveAsync(portal);

        var page = await portal.GetDocumentAsync(measure.Path);

        Assert.Equal("Commune, EPCI", VisibleText.Of(page.QuerySelector("#demandeurs")!));
        Assert.Equal("Enfants, Familles", VisibleText.Of(page.QuerySelector("#pour-qui")!));
        Assert.Equal("ASP", VisibleText.Of(page.QuerySelector("#porteurs")!));
        Assert.Equal("Qui peut demander : Commune, EPCI", VisibleText.Of(page.QuerySelector("#essentiel-demandeurs")!));
    }

    [Fact]
    public async Task A_long_summary_is_cut_under_the_title_and_given_in_full_in_the_presentation()
    {
        var summary = string.Join(' ', Enumerable.Repeat("Une phrase de résumé assez longue pour dépasser une ligne.", 4));
        var measure = await new MeasureBuilder("essai-resume-long").Titled("Résumé long", summary).WithBody("Le texte de la mesure.").SaveAsync(portal);

        var page = await portal.GetDocumentAsync(measure.Path);

        var introduction = VisibleText.Of(page.QuerySelector(".portal-introduction")!);
        Assert.EndsWith("…", introduction, StringComparison.Ordinal);
        Assert.True(introduction.Length <= 121, introduction);
        Assert.Contains(summary, VisibleText.Of(page.QuerySelector("#presentation")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_note_and_the_sources_are_only_in_the_collapsed_section_at_the_end()
    {
        var measure = await new MeasureBuilder("essai-note")
            .Funding("3 € par repas servi")
            .Note("Les deux formulations du guide ne concordent pas.")
            .Source(MeasureBuilder.Guide, "Atelier n°1")
            .SaveAsync(portal);

        var page = await portal.GetDocumentAsync(measure.Path);

        var section = page.QuerySelector("#sources-et-notes")!;
        Assert.Null(section.NextElementSibling);
        var button = section.QuerySelector("button.fr-accordion__btn")!;
        Assert.Equal("Sources et notes de la rédaction", VisibleText.Of(button));
        Assert.Equal("false", button.GetAttribute("aria-expanded"));
        Assert.Equal(button.GetAttribute("aria-controls"), section.QuerySelector(".fr-collapse")!.Id);
        Assert.Equal("Les deux formulations du guide ne concordent pas.", VisibleText.Of(section.QuerySelector("#note-de-la-redaction .portal-editor-note")!));
        Assert.Single(page.QuerySelectorAll("main *"), e => e.ChildElementCount == 0 && VisibleText.Of(e) == "Note de la rédaction");
    }

    [Fact]
    public async Task The_provenance_names_the_main_source_the_later_one_and_the_review_and_points_to_the_pacte()
    {
        var measure = await new MeasureBuilder("essai-provenance")
            .Source(MeasureBuilder.Guide, "Atelier n°1")
            .Source(MeasureBuilder.Guide, "Atelier n°1 — Pour aller plus loin")
            .Source(MeasureBuilder.Release2024, "Des moyens financiers très significatifs")
            .Verified(new DateOnly(2026, 12, 3))
            .SaveAsync(portal);
        var guide = await portal.ReadAsync(db => db.SourceDocuments.Where(d => d.FileName == MeasureBuilder.Guide).Select(d => d.Title).SingleAsync());
        var release = await portal.ReadAsync(db => db.SourceDocuments.Where(d => d.FileName == MeasureBuilder.Release2024).Select(d => d.Title).SingleAsync());
        var pacte = await portal.ReadAsync(db => db.PressReleases.Published().Where(r => r.Date >= new DateOnly(2024, 1, 1)).OrderBy(r => r.Date).Select(r => r.Slug).FirstAsync());

        var page = await portal.GetDocumentAsync(measure.Path);

        var provenance = VisibleText.Of(page.QuerySelector("#provenance")!);
        Assert.Contains($"Source : {guide}, complétée par {release[..release.IndexOf(" : ", StringComparison.Ordinal)]}.", provenance, StringComparison.Ordinal);
        Assert.Contains("Vérifié le 3 décembre 2026.", provenance, StringComparison.Ordinal);
        var mention = page.QuerySelector("#pacte-des-solidarites")!;
        Assert.Contains("Pacte des solidarités 2024-2027", VisibleText.Of(mention), StringComparison.Ordinal);
        Assert.Equal($"/communiques/{pacte}", mention.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Information_from_2024_on_needs_no_word_on_the_pacte()
    {
        var measure = await new MeasureBuilder("essai-source-2024").Source(MeasureBuilder.Release2024, "Axe 3").SaveAsync(portal);

        var page = await portal.GetDocumentAsync(measure.Path);

        Assert.StartsWith("Source : Communiqué de presse du préfet de la région Occitanie du 24 mai 2024.", VisibleText.Of(page.QuerySelector("#provenance")!), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#pacte-des-solidarites"));
        Assert.Null(page.QuerySelector(".portal-provenance__verified"));
    }
}
