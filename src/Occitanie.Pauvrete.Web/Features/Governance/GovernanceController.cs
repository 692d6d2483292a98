using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Features.Governance;

public sealed class GovernanceController(GovernanceQuery query) : Controller
{
    [HttpGet("/gouvernance")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await query.LoadGovernanceAsync(cancellationToken) is { } governance ? View(governance) : NotFound();

    [HttpGet("/groupes-de-travail")]
    public async Task<IActionResult> WorkingGroups(CancellationToken cancellationToken) =>
        View(await query.LoadWorkingGroupsAsync(cancellationToken));
}
