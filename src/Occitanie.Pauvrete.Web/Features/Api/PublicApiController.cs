using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Startup;

namespace Occitanie.Pauvrete.Web.Features.Api;

/// <summary>
/// The read-only JSON API (/api/…), described at /openapi/v1.json and /donnees/api. An
/// [ApiController] like the rest of the portal's controllers rather than minimal APIs: one style in
/// the code, the feature's query injected as everywhere else, and the automatic 400 answers for
/// parameters that do not bind or validate, from the same annotations the OpenAPI document reads.
/// </summary>
[ApiController]
[Route("api")]
[EnableCors(ApiSetup.OpenToAll)]
public sealed class PublicApiController(PublicApiQuery query) : ControllerBase
{
    private const string ProblemJson = "application/problem+json";

    [HttpGet("mesures")]
    [Tags("Mesures")]
    [EndpointSummary("Rechercher les mesures")]
    [EndpointDescription(
        "Les mesures publiées que retient le catalogue /mesures pour les mêmes filtres, dans le même ordre, par pages. "
        + "Les filtres se combinent (toutes les conditions doivent être remplies). Un axe, une intention ou un département "
        + "inconnu donne une erreur 400 qui le nomme ; une page au-delà de la dernière donne une liste vide.")]
    [ProducesResponseType<ApiPage<ApiMeasureSummary>>(StatusCodes.Status200OK, "application/json", Description = "Une page de mesures.")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson, Description = "Un paramètre est invalide : errors le nomme, avec la raison.")]
    public async Task<ActionResult<ApiPage<ApiMeasureSummary>>> Measures(
        [Description("Identifiant (slug) d'un axe de la stratégie, tel que /api/axes le donne. Exemple : acces-aux-droits.")]
        [StringLength(MeasureFilter.MaxLength, ErrorMessage = "Le paramètre axe ne peut pas dépasser {1} caractères.")]
        string? axe,
        [Description("Identifiant (slug) d'une intention « Je souhaite… », tel que /api/intentions le donne. Exemple : assurer-un-repas-equilibre.")]
        [StringLength(MeasureFilter.MaxLength, ErrorMessage = "Le paramètre intention ne peut pas dépasser {1} caractères.")]
        string? intention,
        [FromQuery(Name = "public")]
        [Description("Un public de la mesure, un libellé du vocabulaire des publics, sans tenir compte de la casse. Exemple : Jeunes.")]
        [StringLength(MeasureFilter.MaxLength, ErrorMessage = "Le paramètre public ne peut pas dépasser {1} caractères.")]
        string? audience,
        [Description("Un porteur de la mesure, un libellé du vocabulaire des porteurs, sans tenir compte de la casse. Exemple : CAF.")]
        [StringLength(MeasureFilter.MaxLength, ErrorMessage = "Le paramètre porteur ne peut pas dépasser {1} caractères.")]
        string? porteur,
        [Description("Code INSEE d'un département d'Occitanie où un atelier de la conférence du 7 juillet 2021 a montré la mesure à l'œuvre. Exemple : 11.")]
        [StringLength(MeasureFilter.MaxLength, ErrorMessage = "Le paramètre departement ne peut pas dépasser {1} caractères.")]
        string? departement,
        [Description("Mots cherchés dans le titre et le résumé, sans tenir compte des accents ni de la casse ; chaque mot doit y être. 200 caractères au plus.")]
        [StringLength(MeasureFilter.MaxLength, ErrorMessage = "Le paramètre q ne peut pas dépasser {1} caractères.")]
        string? q,
        [Description("Ordre des résultats : titre (par défaut, ordre alphabétique) ou axe (par axe, puis par titre).")]
        [RegularExpression("^(titre|axe)$", ErrorMessage = "Le paramètre tri vaut titre ou axe.")]
        string? tri,
        [Description("Numéro de la page, à partir de 1.")]
        [Range(1, int.MaxValue, ErrorMessage = "Le paramètre page est un entier supérieur ou égal à 1.")]
        int page = 1,
        [Description("Nombre de mesures par page, de 1 à 100.")]
        [Range(1, 100, ErrorMessage = "Le paramètre taille est un entier de 1 à 100.")]
        int taille = 20,
        CancellationToken cancellationToken = default)
    {
        var filter = MeasureFilter.FromQuery(axe, intention, audience, porteur, departement, q, tri, page: null);
        var result = await query.ListMeasuresAsync(filter, page, taille, SiteAddress.Of(Request), cancellationToken);
        if (result.Page is null)
        {
            return Invalid(result.Errors);
        }
        return result.Page;
    }

    [HttpGet("mesures/{slug}")]
    [Tags("Mesures")]
    [EndpointSummary("Lire une mesure")]
    [EndpointDescription("Une mesure publiée avec tout ce qu'il faut pour s'en saisir : axe, intentions, publics, porteurs, financement, comment faire, contacts, liens, ateliers où une commune l'a fait, sources et la fiche d'aide (qui peut la demander, type d'aide, unité et période du financement, date limite, territoire). Les textes longs sont en Markdown.")]
    [ProducesResponseType<ApiMeasure>(StatusCodes.Status200OK, "application/json", Description = "La mesure.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson, Description = "Aucune mesure publiée n'a cet identifiant.")]
    public async Task<ActionResult<ApiMeasure>> Measure(
        [Description("Identifiant (slug) de la mesure, tel que /api/mesures le donne. Exemple : cantines-a-tarification-sociale.")]
        string slug,
        CancellationToken cancellationToken)
    {
        var measure = await query.LoadMeasureAsync(slug, SiteAddress.Of(Request), cancellationToken);
        if (measure is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Mesure introuvable", detail: $"Aucune mesure publiée n'a l'identifiant « {slug} ».");
        }
        return measure;
    }

    [HttpGet("ateliers")]
    [Tags("Ateliers")]
    [EndpointSummary("Lister les ateliers et tables-rondes")]
    [EndpointDescription("Les ateliers, tables-rondes et ateliers partenaires publiés du guide de la conférence régionale des élus, dans l'ordre du guide, avec leur lieu, leurs intervenants et les mesures présentées.")]
    [ProducesResponseType<IReadOnlyList<ApiWorkshop>>(StatusCodes.Status200OK, "application/json", Description = "Les séances.")]
    public async Task<ActionResult<IReadOnlyList<ApiWorkshop>>> Workshops(CancellationToken cancellationToken) =>
        Ok(await query.ListWorkshopsAsync(SiteAddress.Of(Request), cancellationToken));

    [HttpGet("communiques")]
    [Tags("Communiqués")]
    [EndpointSummary("Lister les communiqués de presse")]
    [EndpointDescription("Les communiqués de presse publiés, du plus récent au plus ancien, avec leur texte intégral en Markdown.")]
    [ProducesResponseType<IReadOnlyList<ApiPressRelease>>(StatusCodes.Status200OK, "application/json", Description = "Les communiqués.")]
    public async Task<ActionResult<IReadOnlyList<ApiPressRelease>>> PressReleases(CancellationToken cancellationToken) =>
        Ok(await query.ListPressReleasesAsync(SiteAddress.Of(Request), cancellationToken));

    [HttpGet("axes")]
    [Tags("Référentiels")]
    [EndpointSummary("Lister les axes de la stratégie")]
    [EndpointDescription("Les six axes de la stratégie, dans leur ordre, avec le nombre de leurs mesures publiées. Leur slug est la valeur du paramètre axe de /api/mesures.")]
    [ProducesResponseType<IReadOnlyList<ApiAxis>>(StatusCodes.Status200OK, "application/json", Description = "Les axes.")]
    public async Task<ActionResult<IReadOnlyList<ApiAxis>>> Axes(CancellationToken cancellationToken) =>
        Ok(await query.ListAxesAsync(SiteAddress.Of(Request), cancellationToken));

    [HttpGet("intentions")]
    [Tags("Référentiels")]
    [EndpointSummary("Lister les intentions « Je souhaite… »")]
    [EndpointDescription("Les intentions des élus, dans l'ordre du guide, avec le nombre de leurs mesures publiées. Leur slug est la valeur du paramètre intention de /api/mesures.")]
    [ProducesResponseType<IReadOnlyList<ApiIntention>>(StatusCodes.Status200OK, "application/json", Description = "Les intentions.")]
    public async Task<ActionResult<IReadOnlyList<ApiIntention>>> Intentions(CancellationToken cancellationToken) =>
        Ok(await query.ListIntentionsAsync(SiteAddress.Of(Request), cancellationToken));

    /// <summary>The same 400 as a parameter that does not validate (ApiSetup's factory), naming each parameter at fault.</summary>
    private ActionResult Invalid(IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (name, message) in errors)
        {
            ModelState.AddModelError(name, message);
        }
        return ValidationProblem();
    }
}
