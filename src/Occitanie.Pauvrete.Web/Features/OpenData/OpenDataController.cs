using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Startup;

namespace Occitanie.Pauvrete.Web.Features.OpenData;

/// <summary>/donnees: the open data files, their documentation and the API's reference.</summary>
public sealed class OpenDataController(OpenDataQuery openData, ApiReferenceQuery apiReference) : Controller
{
    [HttpGet("/donnees")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await openData.LoadCatalogueAsync(cancellationToken));

    [HttpGet("/donnees/api")]
    public async Task<IActionResult> ApiReference(CancellationToken cancellationToken) =>
        View(await apiReference.LoadAsync(SiteAddress.Of(Request), cancellationToken));

    /// <remarks>Downloaded as a file (Content-Disposition: attachment) under its own name.</remarks>
    [HttpGet("/donnees/{dataset:alpha}.csv")]
    [EnableCors(ApiSetup.OpenToAll)]
    public async Task<IActionResult> Csv(string dataset, CancellationToken cancellationToken) =>
        await openData.LoadTableAsync(dataset, SiteAddress.Of(Request), cancellationToken) is { } table
            ? File(OpenDataFiles.Csv(table), OpenDataFiles.CsvContentType, $"{dataset}.csv")
            : NotFound();

    [HttpGet("/donnees/{dataset:alpha}.json")]
    [EnableCors(ApiSetup.OpenToAll)]
    public async Task<IActionResult> Json(string dataset, CancellationToken cancellationToken) =>
        await openData.LoadTableAsync(dataset, SiteAddress.Of(Request), cancellationToken) is { } table
            ? File(OpenDataFiles.Json(table), OpenDataFiles.JsonContentType)
            : NotFound();

    [HttpGet("/donnees/{dataset:alpha}.schema.json")]
    [EnableCors(ApiSetup.OpenToAll)]
    public IActionResult Schema(string dataset) =>
        OpenDatasets.Find(dataset) is { } found
            ? File(OpenDataFiles.TableSchema(found), OpenDataFiles.JsonContentType)
            : NotFound();
}
