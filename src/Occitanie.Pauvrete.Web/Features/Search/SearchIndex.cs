using System.Diagnostics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Search;

/// <summary>One search result: what it is, its page, and its title and excerpt cut into marked pieces.</summary>
public sealed record SearchHit(SearchKind Kind, string Url, IReadOnlyList<TextSegment> Title, IReadOnlyList<TextSegment> Excerpt);

/// <summary>
/// The results of a search. <see cref="AllTermsMatched"/> is false when no item holds every
/// word and the results are those holding at least one.
/// </summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, bool AllTermsMatched)
{
    public static SearchResults None { get; } = new([], true);
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

    /// <summary>Far more than the site holds: every match is shown, grouped by kind.</summary>
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
        _current = Generation.Build(_analyzer, []);
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
            using (var scope = _scopes.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                documents = await SearchDocumentLoader.LoadAsync(db, _markdown, _logger, cancellationToken);
            }
            // The previous generation is left to the garbage collector rather than disposed: a
            // search may still be reading it, and an index in memory holds no file or handle.
            _current = Generation.Build(_analyzer, documents);
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
    /// plural), best first; when none holds them all, those holding at least one. Visitor input
    /// is never parsed as Lucene syntax, so it cannot fail on quotes, stars or AND/OR/NOT.
    /// </summary>
    public SearchResults Search(string text)
    {
        var terms = _analyzer.Analyse(text).Select(t => t.Term).Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();
        if (terms.Count == 0)
        {
            return SearchResults.None;
        }

        var generation = _current;
        var allTermsMatched = true;
        var top = generation.Searcher.Search(BuildQuery(terms, Occur.MUST), MaxHits);
        if (top.TotalHits == 0 && terms.Count > 1)
        {
            allTermsMatched = false;
            top = generation.Searcher.Search(BuildQuery(terms, Occur.SHOULD), MaxHits);
        }

        var hits = top.ScoreDocs.Select(scoreDoc =>
        {
            var item = generation.Documents[generation.OrdinalOf[scoreDoc.Doc]];
            return new SearchHit(
                item.Document.Kind,
                item.Document.Url,
                SearchExcerpt.Build(item.Document.Title, item.TitleWords.Matching(terms)),
                SearchExcerpt.Build(item.Document.Text, item.TextWords.Matching(terms), ExcerptLength));
        }).ToList();
        return new SearchResults(hits, allTermsMatched);
    }

    /// <summary>An item and its words as analysed once, at build time: excerpts need no analysis per search.</summary>
    private sealed record IndexedDocument(SearchDocument Document, WordsByTerm TitleWords, WordsByTerm TextWords);

    /// <summary>The words of a text grouped by term, each group in the order of the text.</summary>
    private sealed class WordsByTerm(Dictionary<string, AnalysedTerm[]> groups)
    {
        /// <summary>The words whose term is one of <paramref name="terms"/>, in the order of the text.</summary>
        public List<AnalysedTerm> Matching(IEnumerable<string> terms) =>
            [.. terms.SelectMany(t => groups.GetValueOrDefault(t, [])).OrderBy(w => w.Start)];
    }

    /// <summary>
    /// One build of the index: Lucene's searcher over the items, and the items themselves in memory
    /// (reading them back from Lucene's stored fields cost more than the search itself).
    /// <see cref="OrdinalOf"/> maps Lucene's document number to the item's place in <see cref="Documents"/>.
    /// </summary>
    private sealed record Generation(IndexSearcher Searcher, IndexedDocument[] Documents, int[] OrdinalOf)
    {
        public static Generation Build(FrenchSearchAnalyzer analyzer, IReadOnlyList<SearchDocument> documents)
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
            return new Generation(new IndexSearcher(reader), indexed, ordinalOf);
        }
    }

    /// <summary>
    /// One clause per term, built from analysed terms rather than through the QueryParser: escaping
    /// visitor input for the parser still leaves AND, OR and NOT as operators, and a query made of
    /// terms has no syntax left to get wrong. Each term may be found in the title, the text or the context.
    /// </summary>
    private static BooleanQuery BuildQuery(IEnumerable<string> terms, Occur occur)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(
                new BooleanQuery
                {
                    { new TermQuery(new Term(TitleField, term)) { Boost = TitleBoost }, Occur.SHOULD },
                    { new TermQuery(new Term(TextField, term)), Occur.SHOULD },
                    { new TermQuery(new Term(ContextField, term)) { Boost = ContextBoost }, Occur.SHOULD },
                },
                occur);
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
