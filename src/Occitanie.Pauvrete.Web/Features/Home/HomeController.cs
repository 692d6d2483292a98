using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Features.Home;

public sealed class HomeController(HomeQuery query) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await query.LoadAsync(cancellationToken));
}
