using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.SearchSettings;

/// <summary>A day's search that found nothing, and how many times it was typed that day.</summary>
public sealed record SearchMissRow(DateOnly Day, string Words, int Count);

public sealed record SearchSettingsPage(IReadOnlyList<SearchMissRow> Misses, string Synonyms, string? Error);

/// <summary>
/// « Recherche »: what visitors searched without finding anything (so staff can add a synonym or
/// a page), and the list of synonyms the search applies.
/// </summary>
[Area("Admin")]
public sealed class SearchSettingsController(PortalDbContext db) : Controller
{
    /// <summary>The misses of the last weeks: older ones have been read or no longer matter.</summary>
    public const int DaysShown = 30;

    public const int MaxGroups = 300;

    [HttpGet("/admin/synonymes")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var groups = await db.SearchSynonyms.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Words).ToListAsync(cancellationToken);
        return await PageAsync(string.Join('\n', groups), null, cancellationToken);
    }

    [HttpPost("/admin/synonymes")]
    public async Task<IActionResult> SaveSynonyms(string? synonymes, CancellationToken cancellationToken)
    {
        var text = synonymes ?? "";
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToList();
        var groups = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            var words = lines[i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length < 2)
            {
                return await PageAsync(text, $"Ligne {i + 1} : « {lines[i]} » n'a qu'un mot. Séparez par des virgules au moins deux mots ou expressions qui se valent, par exemple « dettes, surendettement ».", cancellationToken);
            }
            var group = string.Join(", ", words);
            if (group.Length > 1000)
            {
                return await PageAsync(text, $"Ligne {i + 1} : un groupe compte au plus 1 000 caractères.", cancellationToken);
            }
            groups.Add(group);
        }
        if (groups.Count > MaxGroups)
        {
            return await PageAsync(text, $"La liste compte au plus {MaxGroups} groupes.", cancellationToken);
        }

        // The list is rewritten whole: staff edit it as one text.
        db.SearchSynonyms.RemoveRange(await db.SearchSynonyms.ToListAsync(cancellationToken));
        db.SearchSynonyms.AddRange(groups.Select(g => new SearchSynonym { Words = g }));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"Synonymes enregistrés : {groups.Count} groupe{(groups.Count > 1 ? "s" : "")}. La recherche les applique dès maintenant.";
        return Redirect("/admin/synonymes");
    }

    private async Task<ViewResult> PageAsync(string synonyms, string? error, CancellationToken cancellationToken)
    {
        var since = ParisTime.Today.AddDays(-DaysShown);
        var misses = await db.SearchMisses.AsNoTracking()
            .Where(m => m.Day > since)
            .OrderByDescending(m => m.Day).ThenByDescending(m => m.Count).ThenBy(m => m.Words)
            .Select(m => new SearchMissRow(m.Day, m.Words, m.Count))
            .ToListAsync(cancellationToken);
        return View("Index", new SearchSettingsPage(misses, synonyms, error));
    }
}
