using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Data.Import;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Export;

/// <summary>
/// « Exporter les contenus »: the database's published and draft items as a zip of content/ files
/// (<see cref="ContentExporter"/>, decision 0021), for the team that keeps content/ in git to review
/// and commit staff's edits. Staff only, like the whole admin area.
/// </summary>
[Area("Admin")]
public sealed class ContentExportController(ContentExporter exporter) : Controller
{
    public const string Path = "/admin/export";

    [HttpGet(Path)]
    public IActionResult Index() => View("~/Areas/Admin/Features/Export/Index.cshtml");

    [HttpGet(Path + "/contenus.zip")]
    public async Task<IActionResult> Download(CancellationToken cancellationToken)
    {
        // Written to memory first: a failure then answers with an error page, not half a zip.
        var zip = new MemoryStream();
        await exporter.WriteZipAsync(zip, cancellationToken);
        zip.Position = 0;
        var day = Shared.ParisTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Response.Headers.CacheControl = "no-store";
        return File(zip, "application/zip", $"contenus-{day}.zip");
    }
}
