using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Features.Search;

public sealed class SearchController(SearchQuery query) : Controller
{
    [HttpGet("/recherche")]
    public async Task<IActionResult> Index([FromQuery] string? q, CancellationToken cancellationToken) =>
        View(await query.LoadAsync(q, cancellationToken));
}
