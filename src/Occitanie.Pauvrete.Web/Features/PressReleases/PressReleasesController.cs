using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Features.PressReleases;

public sealed class PressReleasesController(PressReleasesQuery query) : Controller
{
    [HttpGet("/communiques")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await query.LoadReleasesAsync(cancellationToken));

    [HttpGet("/communiques/{slug}")]
    public async Task<IActionResult> Release(string slug, CancellationToken cancellationToken) =>
        await query.LoadReleaseAsync(slug, cancellationToken) is { } release ? View(release) : NotFound();
}
