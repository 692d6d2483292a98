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
    [HttpGet("/mesures/{slug}")]
    public async Task<IActionResult> Show(string slug, string? departement, CancellationToken cancellationToken) =>
        await measurePage.LoadAsync(slug, cancellationToken, departement: departement) is { } model ? View(model) : NotFound();
}
