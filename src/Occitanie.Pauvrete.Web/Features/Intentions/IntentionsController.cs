using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Features.Intentions;

public sealed class IntentionsController(IntentionQuery query) : Controller
{
    [HttpGet("/je-souhaite")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await query.ListAsync(cancellationToken));

    [HttpGet("/je-souhaite/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken) =>
        await query.LoadAsync(slug, cancellationToken) is { } model ? View(model) : NotFound();
}
