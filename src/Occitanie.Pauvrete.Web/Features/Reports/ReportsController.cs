using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Occitanie.Pauvrete.Web.Features.Reports;

/// <summary>« Signaler une erreur ou proposer une mise à jour » (issue 17): one page, linked from every measure, workshop, intention and release; no account, no JavaScript.</summary>
public sealed class ReportsController(Reports reports, ReportThrottle throttle) : Controller
{
    public const string Path = "/signaler-une-erreur";

    // The form carries an antiforgery token of its own visitor: never cached.
    [HttpGet(Path)]
    [OutputCache(NoStore = true)]
    public async Task<IActionResult> Form([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken) =>
        await reports.TargetAsync(page, cancellationToken) is { } target
            ? View("Report", ReportForm.Empty(target))
            : NotFound();

    [HttpPost(Path)]
    public async Task<IActionResult> Submit([FromForm(Name = "page")] string? page, [FromForm(Name = "message")] string? message,
        [FromForm(Name = "source")] string? source, [FromForm(Name = "email")] string? email, [FromForm(Name = ReportForm.TrapField)] string? trap,
        CancellationToken cancellationToken)
    {
        if (await reports.TargetAsync(page, cancellationToken) is not { } target)
        {
            return NotFound();
        }
        var throttled = !throttle.Allows(HttpContext.Connection.RemoteIpAddress?.ToString() ?? "inconnu");
        if (await reports.SubmitAsync(target, message, source, email, trap, throttled, cancellationToken) is { } refused)
        {
            Response.StatusCode = throttled ? StatusCodes.Status429TooManyRequests : StatusCodes.Status422UnprocessableEntity;
            return View("Report", refused);
        }
        return Redirect($"{Path}/merci?page={Uri.EscapeDataString(target.Path)}");
    }

    [HttpGet(Path + "/merci")]
    [OutputCache(NoStore = true)]
    public async Task<IActionResult> Thanks([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken) =>
        await reports.TargetAsync(page, cancellationToken) is { } target
            ? View(ReportThanks.Of(target))
            : NotFound();
}
