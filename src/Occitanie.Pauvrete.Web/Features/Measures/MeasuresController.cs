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

    [HttpGet("/mesures/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken) =>
        await measurePage.LoadAsync(slug, cancellationToken) is { } model ? View(model) : NotFound();
}
