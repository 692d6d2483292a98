using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Search;

/// <param name="Query">What was typed; null or blank before a search.</param>
/// <param name="Rows">Items of every kind whose title holds it, trash included, most recently changed first.</param>
public sealed record AdminSearchPage(string? Query, IReadOnlyList<ItemRow> Rows);

/// <summary>
/// The admin header's search: one box for every kind, by title (accents and case ignored). One query over every kind (<see cref="ItemRows"/>); the few hundred items are matched in
/// memory, as the lists do, since LIKE in SQL does not ignore accents.
/// </summary>
public sealed class AdminSearchQuery(PortalDbContext db)
{
    private static readonly CompareInfo _compare = CultureInfo.GetCultureInfo("fr-FR").CompareInfo;

    public async Task<AdminSearchPage> SearchAsync(string? query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return new AdminSearchPage(query, []);
        }
        var text = query.Trim();
        var items = await ItemRows.Of(db).ToListAsync(cancellationToken);
        return new AdminSearchPage(query, [.. items
            .Where(i => _compare.IndexOf(i.Title, text, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0)
            .OrderByDescending(i => i.UpdatedAt)]);
    }
}

[Area("Admin")]
public sealed class SearchController(AdminSearchQuery search) : Controller
{
    [HttpGet("/admin/recherche")]
    public async Task<IActionResult> Index([FromQuery(Name = "q")] string? query, CancellationToken cancellationToken) =>
        View(await search.SearchAsync(query, cancellationToken));
}
