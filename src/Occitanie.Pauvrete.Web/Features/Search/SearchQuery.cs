using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Search;

/// <summary>The results of one kind, best first.</summary>
public sealed record SearchGroup(SearchKind Kind, string Heading, IReadOnlyList<SearchHit> Hits);

/// <summary>A page to go to when there is nothing to show yet or nothing found.</summary>
public sealed record SearchSuggestion(string Label, string Url);

public sealed record SearchViewModel(
    string Query,
    IReadOnlyList<SearchGroup> Groups,
    bool AllTermsMatched,
    IReadOnlyList<SearchSuggestion> Intentions,
    string? Suggestion = null)
    : PageViewModel(
        Query.Length == 0 ? "Recherche" : $"Recherche : {Query}",
        "Rechercher dans les mesures, les ateliers, les communiqués de presse et toutes les pages du portail.")
{
    public int Total => Groups.Sum(g => g.Hits.Count);

    public string? SuggestionUrl => Suggestion is null ? null : $"{PublicPaths.Search}?q={Uri.EscapeDataString(Suggestion)}";
}

public sealed class SearchQuery(SearchIndex index, PortalDbContext db, SearchMisses misses)
{
    /// <summary>Longer input is cut: no sentence needs more to find a page.</summary>
    public const int MaxQueryLength = 200;

    public async Task<SearchViewModel> LoadAsync(string? q, CancellationToken cancellationToken)
    {
        var query = Clean(q);
        await index.RefreshIfStaleAsync(cancellationToken);
        var results = query.Length == 0 ? SearchResults.None : index.Search(query);
        var groups = results.Hits
            .GroupBy(h => h.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new SearchGroup(g.Key, Heading(g.Key), [.. g]))
            .ToList();

        // Where to start from when the search gives nothing to follow.
        IReadOnlyList<SearchSuggestion> intentions = [];
        if (groups.Count == 0)
        {
            if (query.Length > 0)
            {
                await misses.RecordAsync(query, cancellationToken);
            }
            intentions = await db.Intentions.AsNoTracking()
                .Published()
                .OrderBy(i => i.Order)
                .Select(i => new SearchSuggestion(i.Title, PublicPaths.Intention(i.Slug)))
                .ToListAsync(cancellationToken);
        }

        return new SearchViewModel(query, groups, results.AllTermsMatched, intentions, results.Suggestion)
        {
            Breadcrumb = [new Crumb("Recherche")],
        };
    }

    /// <summary>Trimmed, on one line, at most <see cref="MaxQueryLength"/> characters (never half a surrogate pair).</summary>
    public static string Clean(string? q)
    {
        var query = string.Join(' ', (q ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (query.Length > MaxQueryLength)
        {
            var length = char.IsHighSurrogate(query[MaxQueryLength - 1]) ? MaxQueryLength - 1 : MaxQueryLength;
            query = query[..length].TrimEnd();
        }
        return query;
    }

    private static string Heading(SearchKind kind) => kind switch
    {
        SearchKind.Intention => "Intentions « Je souhaite… »",
        SearchKind.Measure => "Mesures",
        SearchKind.Workshop => "Ateliers et tables-rondes",
        SearchKind.Axis => "Axes de la stratégie",
        SearchKind.PressRelease => "Communiqués de presse",
        SearchKind.Conference => "Conférences",
        SearchKind.WorkingGroup => "Groupes de travail",
        _ => "Pages",
    };
}
