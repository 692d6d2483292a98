using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Search;

/// <summary>The results of one kind on the page shown, best first; <see cref="Count"/> counts those of every page.</summary>
public sealed record SearchGroup(SearchKind Kind, string Heading, int Count, IReadOnlyList<SearchHit> Hits)
{
    public string Id => $"results-{Kind.ToString().ToLowerInvariant()}";
}

/// <summary>A kind of result, how many were found, and where the first is (the page's address and its section).</summary>
public sealed record SearchKindLink(string Heading, int Count, string Url);

/// <summary>A page to go to when there is nothing to show yet or nothing found.</summary>
public sealed record SearchSuggestion(string Label, string Url);

public sealed record SearchViewModel(
    string Query,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<SearchGroup> Groups,
    IReadOnlyList<SearchKindLink> Kinds,
    bool AllTermsMatched,
    IReadOnlyList<SearchSuggestion> Intentions,
    string? Suggestion = null)
    : PageViewModel(
        Query.Length == 0 ? "Recherche"
            : Page > 1 && Page <= PageCount ? $"Recherche : {Query} (page {Page} sur {PageCount})"
            : $"Recherche : {Query}",
        "Rechercher dans les mesures, les ateliers, les communiqués de presse et toutes les pages du portail.")
{
    /// <summary>A page number past the last one: the page says so and links to the first.</summary>
    public bool PageMissing => Total > 0 && Page > PageCount;

    public string? SuggestionUrl => Suggestion is null ? null : SearchQuery.Url(Suggestion, 1);

    public string PageUrl(int page) => SearchQuery.Url(Query, page);
}

public sealed class SearchQuery(SearchIndex index, PortalDbContext db, SearchMisses misses)
{
    /// <summary>Longer input is cut: no sentence needs more to find a page.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>Results per page: the excerpts of those only are cut and written.</summary>
    public const int PageSize = 10;

    /// <remarks>
    /// Results are in the order of their kind, then best first, <see cref="PageSize"/> a page; the
    /// page number counts from 1 (anything below is the first page).
    /// </remarks>
    public async Task<SearchViewModel> LoadAsync(string? q, int? page, CancellationToken cancellationToken)
    {
        var query = Clean(q);
        var number = Math.Max(1, page ?? 1);
        await index.RefreshIfStaleAsync(cancellationToken);
        var results = query.Length == 0 ? SearchResults.None : index.Search(query);
        var ordered = results.Hits.OrderBy(h => h.Kind).ToList();
        var pageCount = Math.Max(1, (ordered.Count + PageSize - 1) / PageSize);
        var counts = ordered.CountBy(h => h.Kind).ToDictionary();

        var groups = ordered.Skip((number - 1) * PageSize).Take(PageSize)
            .GroupBy(h => h.Kind)
            .Select(g => new SearchGroup(g.Key, Heading(g.Key), counts[g.Key], [.. g.Select(results.Highlight)]))
            .ToList();
        var kinds = counts.Keys
            .Select(kind =>
            {
                var first = ordered.FindIndex(h => h.Kind == kind) / PageSize + 1;
                var id = $"results-{kind.ToString().ToLowerInvariant()}";
                return new SearchKindLink(Heading(kind), counts[kind], first == number ? $"#{id}" : $"{Url(query, first)}#{id}");
            })
            .ToList();

        // Where to start from when the search gives nothing to follow.
        IReadOnlyList<SearchSuggestion> intentions = [];
        if (ordered.Count == 0)
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

        return new SearchViewModel(query, ordered.Count, number, pageCount, groups, kinds, results.AllTermsMatched, intentions, results.Suggestion)
        {
            Breadcrumb = [new Crumb("Recherche")],
        };
    }

    /// <summary>The address of a page of results: <c>/recherche?q=…</c>, with <c>&amp;page=</c> past the first.</summary>
    public static string Url(string query, int page) =>
        $"{PublicPaths.Search}?q={Uri.EscapeDataString(query)}" + (page > 1 ? $"&page={page.ToString(CultureInfo.InvariantCulture)}" : "");

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
