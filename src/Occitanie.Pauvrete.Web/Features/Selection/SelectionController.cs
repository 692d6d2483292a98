using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Occitanie.Pauvrete.Web.Features.OpenData;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Selection;

/// <summary>
/// « Ma sélection » (issue 18): the selection is the address and nothing else. Not output-cached:
/// each address is one reader's list, which nobody else asks for, and the query is read whole
/// (<see cref="Selection.FromQuery"/>), not through parameters the cache's key could name.
/// </summary>
public sealed class SelectionController(SelectionQuery query) : Controller
{
    [HttpGet(Selection.Path)]
    [OutputCache(NoStore = true)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var selection = Selection.FromQuery(Request.Query);
        // The picker (and a hand-written « ajouter ») adds an item: the page's address becomes the list with it.
        if (Request.Query.ContainsKey(Selection.AddKey))
        {
            return Redirect(selection.With(Request.Query[Selection.AddKey].ToString()).Url);
        }
        var model = await query.LoadAsync(selection, SiteAddress.Of(Request), cancellationToken);
        return View(model with { Malformed = selection.Malformed, Dropped = selection.Dropped });
    }

    /// <remarks>Downloaded as a file, like the open data's.</remarks>
    [HttpGet(Selection.CsvPath)]
    [OutputCache(NoStore = true)]
    public async Task<IActionResult> Csv(CancellationToken cancellationToken)
    {
        var (measures, workshops) = await query.LoadItemsAsync(Selection.FromQuery(Request.Query), cancellationToken);
        return File(SelectionCsv.Write(measures, workshops, SiteAddress.Of(Request)), OpenDataFiles.CsvContentType, SelectionCsv.FileName);
    }
}
