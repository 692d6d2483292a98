using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Dashboard;

[Area("Admin")]
public sealed class DashboardController(DashboardQuery dashboard) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await dashboard.GetAsync(cancellationToken));
}
