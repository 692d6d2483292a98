using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Data.Import;

/// <summary>
/// reference/synonymes.yml: the search's synonyms, a list of groups of words. They seed the list
/// once, when the database has none; staff edit it in the admin from then on, so a later import
/// never overwrites their list.
/// </summary>
internal static class SearchSynonymSeed
{
    public const string FileName = "synonymes.yml";

    public static async Task SeedAsync(PortalDbContext db, string contentRoot, ContentImportReport report, CancellationToken cancellationToken)
    {
        var path = Path.Combine(contentRoot, ContentReader.ReferenceFolder, FileName);
        if (!File.Exists(path) || await db.SearchSynonyms.AnyAsync(cancellationToken))
        {
            return;
        }
        List<List<string>> groups;
        try
        {
            groups = YamlText.Parse(File.ReadAllText(path).ReplaceLineEndings("\n"), 1).Deserialize<List<List<string>>>();
        }
        catch (ContentFormatException e)
        {
            report.Errors.Add(new ContentError($"content/{ContentReader.ReferenceFolder}/{FileName}", e.Line, e.Message));
            return;
        }
        db.SearchSynonyms.AddRange(groups
            .Select(g => string.Join(", ", g.Select(w => w.Trim()).Where(w => w.Length > 0)))
            .Where(words => words.Contains(',', StringComparison.Ordinal))
            .Select(words => new SearchSynonym { Words = words }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
