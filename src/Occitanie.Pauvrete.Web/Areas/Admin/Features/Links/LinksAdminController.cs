using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Links;

/// <summary>« Liens à vérifier »: the links of the content that are broken or redirected, and a button to check them again.</summary>
[Area("Admin")]
public sealed class LinksAdminController(LinkReportQuery report, LinkCheckRunner runner) : Controller
{
    public const string Path = "/admin/liens";

    private string Author => User.Identity?.Name ?? throw new InvalidOperationException("A staff page without a signed-in user.");

    [HttpGet(Path)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("~/Areas/Admin/Features/Links/Index.cshtml", await report.ReadAsync(cancellationToken));

    /// <summary>Starts a check in the background and comes back to the page, which says it is under way.</summary>
    [HttpPost(Path + "/verifier")]
    public async Task<IActionResult> Check(CancellationToken cancellationToken)
    {
        if (await runner.TryStartAsync(Author, cancellationToken))
        {
            TempData["Success"] = "Vérification lancée. Elle prend quelques minutes\u00A0: rechargez cette page pour en voir les résultats.";
        }
        else
        {
            TempData["LinkCheckBusy"] = "Une vérification est déjà en cours\u00A0: ses résultats remplaceront ceux-ci quand elle sera finie.";
        }
        return Redirect(Path);
    }
}
