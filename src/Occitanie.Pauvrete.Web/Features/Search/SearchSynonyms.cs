namespace Occitanie.Pauvrete.Web.Features.Search;

/// <summary>
/// The synonyms of the search (staff's list, <see cref="Data.Entities.SearchSynonym"/>), as analysed
/// terms: each group is a few alternatives, each alternative one or more terms (« point conseil
/// budget » is three). A query's words that spell an alternative stand for the whole group.
/// </summary>
public sealed class SearchSynonyms
{
    public static SearchSynonyms None { get; } = new([]);

    /// <summary>For the first term of each alternative, the alternatives starting with it and their groups.</summary>
    private readonly Dictionary<string, List<(string[] Terms, string[][] Group)>> _byFirstTerm = new(StringComparer.Ordinal);

    private SearchSynonyms(IEnumerable<string[][]> groups)
    {
        foreach (var group in groups)
        {
            foreach (var alternative in group)
            {
                if (!_byFirstTerm.TryGetValue(alternative[0], out var list))
                {
                    _byFirstTerm[alternative[0]] = list = [];
                }
                list.Add((alternative, group));
            }
        }
        // Longest first: « petit déj » is tried before « petit ».
        foreach (var list in _byFirstTerm.Values)
        {
            list.Sort((a, b) => b.Terms.Length.CompareTo(a.Terms.Length));
        }
    }

    /// <summary>Groups written as staff write them, « dettes, surendettement »: commas between the alternatives.</summary>
    public static SearchSynonyms Parse(FrenchSearchAnalyzer analyzer, IEnumerable<string> groups) =>
        new(groups
            .Select(g => g.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(a => analyzer.Analyse(SearchWords.FoldHyphens(a)).Select(t => t.Term).ToArray())
                .Where(a => a.Length > 0)
                .DistinctBy(a => string.Join(' ', a))
                .ToArray())
            .Where(g => g.Length > 1));

    /// <summary>
    /// The query's terms cut into concepts: a run of terms spelling an alternative becomes its group,
    /// any other term a concept of its own (one alternative of one term).
    /// </summary>
    public List<SearchConcept> Concepts(IReadOnlyList<AnalysedTerm> terms)
    {
        var concepts = new List<SearchConcept>();
        for (var i = 0; i < terms.Count;)
        {
            var match = _byFirstTerm.GetValueOrDefault(terms[i].Term)?
                .FirstOrDefault(c => i + c.Terms.Length <= terms.Count
                    && c.Terms.Select((t, k) => t == terms[i + k].Term).All(same => same));
            if (match is { } found && found.Terms is not null)
            {
                concepts.Add(new SearchConcept(found.Group, terms[i].Start, terms[i + found.Terms.Length - 1].End, IsSynonym: true));
                i += found.Terms.Length;
            }
            else
            {
                concepts.Add(new SearchConcept([[terms[i].Term]], terms[i].Start, terms[i].End, IsSynonym: false));
                i++;
            }
        }
        return concepts;
    }
}

/// <summary>
/// One thing the visitor looks for: any of <see cref="Alternatives"/>, each found when all its terms
/// are. <see cref="Start"/> and <see cref="End"/> are where it is in the query.
/// </summary>
public sealed record SearchConcept(string[][] Alternatives, int Start, int End, bool IsSynonym)
{
    public IEnumerable<string> Terms => Alternatives.SelectMany(a => a);
}
