using System.Diagnostics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Search;

/// <summary>One search result as a page shows it: what it is, its page, and its title and excerpt cut into marked pieces.</summary>
public sealed record SearchHit(SearchKind Kind, string Url, IReadOnlyList<TextSegment> Title, IReadOnlyList<TextSegment> Excerpt);

/// <summary>One item found: what it is and its page. <see cref="SearchResults.Highlight"/> cuts its title and excerpt.</summary>
public sealed record SearchMatch(SearchKind Kind, string Url, int Ordinal);

/// <summary>
/// The results of a search. <see cref="AllTermsMatched"/> is false when no item holds every
/// word and the results are those holding at least one.
/// </summary>
/// <remarks>
/// <see cref="Suggestion"/> is the query with its unknown words replaced by the nearest words of
/// the index (« Vouliez-vous dire … ? »), or null when every word is known or none has a neighbour.
/// Excerpts are cut by <see cref="Highlight"/>, for the results a page shows only: the catalogue
/// and the API need none, the results page ten.
/// </remarks>
public sealed record SearchResults(IReadOnlyList<SearchMatch> Hits, bool AllTermsMatched, string? Suggestion = null)
{
    public static SearchResults None { get; } = new([], true);

    /// <summary>Cuts a match's title and excerpt with the searched words marked (set by the index that found it).</summary>
    internal Func<SearchMatch, SearchHit> Highlighter { get; init; } = m => new SearchHit(m.Kind, m.Url, [], []);

    public SearchHit Highlight(SearchMatch match) => Highlighter(match);
}

/// <summary>
/// The full-text index of everything the public site shows, held in memory (a few hundred items,
/// rebuilt from the database in well under a second, nothing to keep on disk or to share between
/// instances). <see cref="RebuildAsync"/> reads the published items again and builds a new index
/// beside the old one, then swaps them in one reference assignment: searches running meanwhile
/// finish on the generation they started with, new ones see the new one.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    /// <summary>Excerpts are about this many characters.</summary>
    public const int ExcerptLength = 200;

    private const string OrdinalField = "ordinal";
    private const string TitleField = "title";
    private const string TextField = "text";
    private const string ContextField = "context";

    /// <summary>A word of the title weighs as much as three of the text.</summary>
    private const float TitleBoost = 3f;

    /// <summary>A word of a linked item's title (see <see cref="SearchDocument.Context"/>) weighs half a word of the text.</summary>
    private const float ContextBoost = 0.5f;

    /// <summary>More distinct words than a sentence holds only slows the search down.</summary>
    private const int MaxTerms = 32;

    /// <summary>Far more than the site holds: every match is counted; the results page shows them a page at a time.</summary>
    private const int MaxHits = 1000;

    private readonly FrenchSearchAnalyzer _analyzer = new();
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private readonly IServiceScopeFactory _scopes;
    private readonly MarkdownRenderer _markdown;
    private readonly ILogger<SearchIndex> _logger;
    private volatile Generation _current;

    public SearchIndex(IServiceScopeFactory scopes, MarkdownRenderer markdown, ILogger<SearchIndex> logger)
    {
        _scopes = scopes;
        _markdown = markdown;
        _logger = logger;
        _current = Generation.Build(_analyzer, [], []);
    }

    /// <summary>1 until the first build and after a save: the next search rebuilds first.</summary>
    private int _stale = 1;

    /// <summary>Whether a build ever completed: before, a search waits for the running build instead of reading the empty index.</summary>
    private volatile bool _built;

    /// <summary>The content changed: the next search rebuilds the index first (several saves, one rebuild).</summary>
    public void MarkStale() => Interlocked.Exchange(ref _stale, 1);

    /// <summary>
    /// Rebuilds the index if the content changed since the last build, or waits for the first build.
    /// Once built, a search during a rebuild reads the previous generation rather than waiting.
    /// </summary>
    public async Task RefreshIfStaleAsync(CancellationToken cancellationToken = default)
    {
        if (_built && Volatile.Read(ref _stale) == 0)
        {
            return;
        }
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            // The build this one waited for may have left nothing to do.
            if (!_built || Volatile.Read(ref _stale) == 1)
            {
                await BuildAsync(cancellationToken);
            }
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>Reads every published item from the database and replaces the index with them.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            await BuildAsync(cancellationToken);
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>The build itself, under <see cref="_rebuild"/>.</summary>
    private async Task BuildAsync(CancellationToken cancellationToken)
    {
        try
        {
            // This build reads the content as it is now: changes saved before it are in it.
            Interlocked.Exchange(ref _stale, 0);
            var clock = Stopwatch.StartNew();
            IReadOnlyList<SearchDocument> documents;
            List<string> synonyms;
            using (var scope = _scopes.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                documents = await SearchDocumentLoader.LoadAsync(db, _markdown, _logger, cancellationToken);
                // Saving the synonyms marks the index stale like any content: they are read with it.
                synonyms = await db.SearchSynonyms.AsNoTracking().Select(s => s.Words).ToListAsync(cancellationToken);
            }
            // The previous generation is left to the garbage collector rather than disposed: a
            // search may still be reading it, and an index in memory holds no file or handle.
            _current = Generation.Build(_analyzer, documents, synonyms);
            _built = true;
            LogRebuilt(_logger, documents.Count, clock.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Searches go on with the previous index, and the start-up with an empty one: never
            // a portal down, nor an index that silently stops following the content.
            LogRebuildFailed(_logger, e);
        }
    }

    /// <summary>
    /// The items holding every word of <paramref name="text"/> (as analysed: any case, accents or
    /// plural; a word of a synonym group stands for any of the group), best first; when none holds
    /// them all, those holding at least one. Visitor input is never parsed as Lucene syntax, so it
    /// cannot fail on quotes, stars or AND/OR/NOT.
    /// </summary>
    public SearchResults Search(string text)
    {
        var generation = _current;
        text = generation.Words.JoinHyphenated(text, _analyzer);
        var concepts = generation.Synonyms.Concepts([.. _analyzer.Analyse(text).DistinctBy(t => t.Term).Take(MaxTerms)]);
        if (concepts.Count == 0)
        {
            return SearchResults.None;
        }

        var allTermsMatched = true;
        var top = generation.Searcher.Search(BuildQuery(concepts, Occur.MUST), MaxHits);
        if (top.TotalHits == 0 && concepts.Count > 1)
        {
            allTermsMatched = false;
            top = generation.Searcher.Search(BuildQuery(concepts, Occur.SHOULD), MaxHits);
        }

        var terms = concepts.SelectMany(c => c.Terms).Distinct(StringComparer.Ordinal).ToList();
        var hits = top.ScoreDocs.Select(scoreDoc =>
        {
            var ordinal = generation.OrdinalOf[scoreDoc.Doc];
            var document = generation.Documents[ordinal].Document;
            return new SearchMatch(document.Kind, document.Url, ordinal);
        }).ToList();
        return new SearchResults(hits, allTermsMatched, Suggest(text, concepts, generation.Words))
        {
            Highlighter = match =>
            {
                var item = generation.Documents[match.Ordinal];
                return new SearchHit(
                    item.Document.Kind,
                    item.Document.Url,
                    SearchExcerpt.Build(item.Document.Title, item.TitleWords.Matching(terms)),
                    SearchExcerpt.Build(item.Document.Text, item.TextWords.Matching(terms), ExcerptLength));
            },
        };
    }

    /// <summary>
    /// <paramref name="text"/> with each word the index does not hold replaced by its nearest word
    /// of the index; null when there is nothing to replace.
    /// </summary>
    private static string? Suggest(string text, List<SearchConcept> concepts, SearchWords words)
    {
        var suggestion = text;
        var changed = false;
        // From the end: replacing a word leaves the places of the earlier ones as they were.
        foreach (var concept in Enumerable.Reverse(concepts))
        {
            if (!concept.IsSynonym && !words.Contains(concept.Alternatives[0][0]) && words.Closest(text[concept.Start..concept.End], concept.Alternatives[0][0]) is { } closest)
            {
                suggestion = string.Concat(suggestion.AsSpan(0, concept.Start), closest, suggestion.AsSpan(concept.End));
                changed = true;
            }
        }
        return changed ? suggestion : null;
    }

    /// <summary>An item and its words as analysed once, at build time: excerpts need no analysis per search.</summary>
    private sealed record IndexedDocument(SearchDocument Document, WordsByTerm TitleWords, WordsByTerm TextWords);

    /// <summary>The words of a text grouped by term, each group in the order of the text.</summary>
    private sealed class WordsByTerm(Dictionary<string, AnalysedTerm[]> groups)
    {
        /// <summary>The words whose term is one of <paramref name="terms"/>, in the order of the text.</summary>
        public List<AnalysedTerm> Matching(IEnumerable<string> terms) =>
            [.. terms.SelectMany(t => groups.GetValueOrDefault(t, [])).OrderBy(w => w.Start)];

        public IEnumerable<AnalysedTerm> All => groups.Values.SelectMany(g => g);
    }

    /// <summary>
    /// One build of the index: Lucene's searcher over the items, and the items themselves in memory
    /// (reading them back from Lucene's stored fields cost more than the search itself).
    /// <see cref="OrdinalOf"/> maps Lucene's document number to the item's place in <see cref="Documents"/>.
    /// </summary>
    private sealed record Generation(IndexSearcher Searcher, IndexedDocument[] Documents, int[] OrdinalOf, SearchWords Words, SearchSynonyms Synonyms)
    {
        public static Generation Build(FrenchSearchAnalyzer analyzer, IReadOnlyList<SearchDocument> documents, IReadOnlyList<string> synonyms)
        {
            var directory = new RAMDirectory();
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(FrenchSearchAnalyzer.Version, analyzer) { OpenMode = OpenMode.CREATE }))
            {
                for (var i = 0; i < documents.Count; i++)
                {
                    var document = documents[i];
                    writer.AddDocument(
                    [
                        new StoredField(OrdinalField, i),
                        new TextField(TitleField, document.Title, Field.Store.NO),
                        new TextField(TextField, document.Text, Field.Store.NO),
                        new TextField(ContextField, document.Context, Field.Store.NO),
                    ]);
                }
                writer.Commit();
            }

            var reader = DirectoryReader.Open(directory);
            var ordinalOf = new int[reader.MaxDoc];
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                ordinalOf[doc] = reader.Document(doc).GetField(OrdinalField).GetInt32Value()!.Value;
            }

            // The same term is one string for every item: the words of a few hundred items hold a few thousand terms.
            var terms = new Dictionary<string, string>(StringComparer.Ordinal);
            string Shared(string term)
            {
                if (!terms.TryGetValue(term, out var shared))
                {
                    terms[term] = shared = term;
                }
                return shared;
            }
            WordsByTerm Words(string text) => new(analyzer.Analyse(text)
                .GroupBy(w => Shared(w.Term), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(w => w with { Term = g.Key }).ToArray(), StringComparer.Ordinal));
            var indexed = documents.Select(d => new IndexedDocument(d, Words(d.Title), Words(d.Text))).ToArray();

            // Each term with the words (in lower case) that give it, for suggestions.
            var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            foreach (var (item, source) in indexed.SelectMany(i => new[] { (i.TitleWords, i.Document.Title), (i.TextWords, i.Document.Text) }))
            {
                foreach (var word in item.All)
                {
                    if (!spellings.TryGetValue(word.Term, out var forms))
                    {
                        spellings[word.Term] = forms = new(StringComparer.Ordinal);
                    }
                    var form = source[word.Start..word.End].ToLowerInvariant();
                    forms[form] = forms.GetValueOrDefault(form) + 1;
                }
            }
            var words = new SearchWords(spellings);
            return new Generation(new IndexSearcher(reader), indexed, ordinalOf, words, SearchSynonyms.Parse(analyzer, synonyms));
        }
    }

    /// <summary>
    /// One clause per concept (a term, or a group of synonyms: any of its alternatives, each with
    /// all its terms), built from analysed terms rather than through the QueryParser: escaping
    /// visitor input for the parser still leaves AND, OR and NOT as operators, and a query made of
    /// terms has no syntax left to get wrong. Each term may be found in the title, the text or the context.
    /// </summary>
    private static BooleanQuery BuildQuery(IEnumerable<SearchConcept> concepts, Occur occur)
    {
        var query = new BooleanQuery();
        foreach (var concept in concepts)
        {
            var alternatives = new BooleanQuery();
            foreach (var alternative in concept.Alternatives)
            {
                var all = new BooleanQuery();
                foreach (var term in alternative)
                {
                    all.Add(
                        new BooleanQuery
                        {
                            { new TermQuery(new Term(TitleField, term)) { Boost = TitleBoost }, Occur.SHOULD },
                            { new TermQuery(new Term(TextField, term)), Occur.SHOULD },
                            { new TermQuery(new Term(ContextField, term)) { Boost = ContextBoost }, Occur.SHOULD },
                        },
                        Occur.MUST);
                }
                alternatives.Add(all, Occur.SHOULD);
            }
            query.Add(alternatives, occur);
        }
        return query;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt: {Count} published items in {ElapsedMilliseconds} ms")]
    private static partial void LogRebuilt(ILogger logger, int count, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index not rebuilt: searches use the previous one until the next change")]
    private static partial void LogRebuildFailed(ILogger logger, Exception exception);

    public void Dispose()
    {
        _current.Searcher.IndexReader.Dispose();
        _analyzer.Dispose();
        _rebuild.Dispose();
    }
}
