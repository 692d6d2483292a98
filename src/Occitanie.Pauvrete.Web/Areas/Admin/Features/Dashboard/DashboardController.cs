using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Dashboard;

[Area("Admin")]
public sealed class DashboardController(DashboardQuery dashboard) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await dashboard.GetAsync(User.IsInRole(AdminAccounts.AdministratorRole), cancellationToken));
}
