using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Journal;

[Area("Admin")]
public sealed class JournalController(JournalQuery journal) : Controller
{
    [HttpGet("/admin/journal")]
    public async Task<IActionResult> Index([FromQuery] JournalFilter filter, CancellationToken cancellationToken) =>
        View(await journal.GetAsync(filter, User.IsInRole(AdminAccounts.AdministratorRole), cancellationToken));
}
