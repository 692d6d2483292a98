using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Features.Search;

public sealed class SearchController(SearchQuery query) : Controller
{
    /// <param name="q">The words searched.</param>
    /// <param name="page">The page of results, from 1; one past the last answers 404 with a link to the first.</param>
    [HttpGet("/recherche")]
    public async Task<IActionResult> Index([FromQuery] string? q, [FromQuery] int? page, CancellationToken cancellationToken)
    {
        var model = await query.LoadAsync(q, page, cancellationToken);
        if (model.PageMissing)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return View(model);
    }
}
