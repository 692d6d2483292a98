using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Features.Workshops;

public sealed class WorkshopsController(WorkshopsQuery query) : Controller
{
    [HttpGet("/ateliers")]
    public async Task<IActionResult> Index([FromQuery] string? departement, CancellationToken cancellationToken) =>
        View(await query.ListAsync(departement, cancellationToken));

    [HttpGet("/ateliers/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken) =>
        await query.LoadAsync(slug, cancellationToken) is { } workshop ? View(workshop) : NotFound();
}
