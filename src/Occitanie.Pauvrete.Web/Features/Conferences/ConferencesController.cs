using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Features.Conferences;

public sealed class ConferencesController(ConferencesQuery query) : Controller
{
    [HttpGet("/conferences")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await query.ListAsync(cancellationToken));

    [HttpGet("/conferences/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken) =>
        await query.LoadAsync(slug, cancellationToken) is { } conference ? View(conference) : NotFound();
}
