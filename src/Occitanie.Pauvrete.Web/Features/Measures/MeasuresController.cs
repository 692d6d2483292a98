using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Features.Measures;

public sealed class MeasuresController(MeasureCatalogueQuery catalogue, MeasurePageQuery measurePage) : Controller
{
    /// <remarks>
    /// Every parameter is optional and forgiving: an unknown value gives an empty list, a page out
    /// of range the nearest page, a page that is not a number the first one.
    /// </remarks>
    [HttpGet("/mesures")]
    public async Task<IActionResult> Index(
        string? axe,
        string? intention,
        [FromQuery(Name = "public")] string? audience,
        string? porteur,
        string? departement,
        string? q,
        string? tri,
        int? page,
        CancellationToken cancellationToken) =>
        View(await catalogue.LoadAsync(MeasureFilter.FromQuery(axe, intention, audience, porteur, departement, q, tri, page), cancellationToken));

    /// <param name="departement">The reader's département (INSEE code) for a departmental contact; an unknown one is ignored.</param>
    /// <param name="quantite">The commune's number for the estimate of a measure whose funding is a rule; a wrong one is said on the page.</param>
    /// <param name="annees">The years of the estimate, for a yearly rule.</param>
    [HttpGet("/mesures/{slug}")]
    public async Task<IActionResult> Show(string slug, string? departement, string? quantite, string? annees, CancellationToken cancellationToken) =>
        await measurePage.LoadAsync(slug, cancellationToken, departement: departement, quantity: quantite, years: annees) is { } model ? View(model) : NotFound();
}
