using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Features.Axes;

public sealed class AxesController(AxesQuery query) : Controller
{
    [HttpGet("/axes")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await query.LoadAxesAsync(cancellationToken));

    [HttpGet("/axes/{slug}")]
    public async Task<IActionResult> Axis(string slug, CancellationToken cancellationToken) =>
        await query.LoadAxisAsync(slug, cancellationToken) is { } axis ? View(axis) : NotFound();
}
