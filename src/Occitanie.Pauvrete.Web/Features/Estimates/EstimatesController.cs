using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Estimates;

/// <summary>« Combien pour ma commune ? »: the measures whose funding a source states as a rule, each leading to its estimate.</summary>
public sealed class EstimatesController(EstimatesQuery query) : Controller
{
    [HttpGet(PublicPaths.Estimates)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await query.LoadAsync(cancellationToken));
}
