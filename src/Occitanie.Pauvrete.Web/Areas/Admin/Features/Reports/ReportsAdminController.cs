using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Reports;

/// <summary>« Signalements »: readers' reports of errors and updates, and what staff decided about each.</summary>
[Area("Admin")]
public sealed class ReportsAdminController(ReportTriage queue, TimeProvider clock) : Controller
{
    private string Author => User.Identity?.Name ?? throw new InvalidOperationException("A staff page without a signed-in user.");

    [HttpGet("/admin/signalements")]
    public async Task<IActionResult> Index([FromQuery(Name = "statut")] string? status, CancellationToken cancellationToken) =>
        View("~/Areas/Admin/Features/Reports/Index.cshtml", await queue.ListAsync(status, cancellationToken));

    [HttpPost("/admin/signalements/{id:guid}/statut")]
    public async Task<IActionResult> SetStatus([FromRoute] Guid id, [FromForm(Name = "statut")] string? status, [FromForm(Name = "retour")] string? back, CancellationToken cancellationToken)
    {
        if (ReportTriage.FromSlug(status) is not { } wanted)
        {
            TempData["ReportError"] = "Choisissez l'un des statuts proposés : nouveau, en cours, traité ou rejeté.";
        }
        else if (!await queue.SetStatusAsync(id, wanted, Author, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return NotFound();
        }
        else
        {
            TempData["Success"] = $"Signalement passé au statut « {ReportTriage.LabelOf(wanted)} » ; c'est inscrit dans le journal.";
        }
        return Redirect(ReportTriage.FromSlug(back) is not null || back == "tous" ? $"/admin/signalements?statut={back}" : "/admin/signalements");
    }
}
