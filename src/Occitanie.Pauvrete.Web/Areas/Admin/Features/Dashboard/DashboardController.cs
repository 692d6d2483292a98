using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Dashboard;

[Area("Admin")]
public sealed class DashboardController : Controller
{
    [HttpGet("/admin")]
    public IActionResult Index() => View();
}
