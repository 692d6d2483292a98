using System.Diagnostics;
using System.Globalization;
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
/// instances). <see cref="RebuildAsync"/> reads the published items again and swaps the whole
/// index at once: searches running meanwhile keep the searcher they acquired
/// (<see cref="SearcherManager"/> counts references), new ones see the new index.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    /// <summary>Excerpts are about this many characters.</summary>
    public const int ExcerptLength = 200;

    private const string KindField = "kind";
    private const string TitleField = "title";
    private const string UrlField = "url";
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
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private readonly IServiceScopeFactory _scopes;
    private readonly MarkdownRenderer _markdown;
    private readonly ILogger<SearchIndex> _logger;

    public SearchIndex(IServiceScopeFactory scopes, MarkdownRenderer markdown, ILogger<SearchIndex> logger)
    {
        _scopes = scopes;
        _markdown = markdown;
        _logger = logger;
        _writer = new IndexWriter(_directory, new IndexWriterConfig(FrenchSearchAnalyzer.Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE,
        });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>Reads every published item from the database and replaces the index with them.</summary>
    private int _stale;

    /// <summary>The content changed: the next search rebuilds the index first (several saves, one rebuild).</summary>
    public void MarkStale() => Interlocked.Exchange(ref _stale, 1);

    /// <summary>Rebuilds the index if the content changed since the last build.</summary>
    public async Task RefreshIfStaleAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _stale) == 1)
        {
            await RebuildAsync(cancellationToken);
        }
    }

    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            // This build reads the content as it is now: changes saved before it are in it.
            Interlocked.Exchange(ref _stale, 0);
            var clock = Stopwatch.StartNew();
            IReadOnlyList<SearchDocument> documents;
            using (var scope = _scopes.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                documents = await SearchDocumentLoader.LoadAsync(db, _markdown, cancellationToken);
            }

            _writer.DeleteAll();
            foreach (var document in documents)
            {
                _writer.AddDocument(
                [
                    new StringField(KindField, document.Kind.ToString(), Field.Store.YES),
                    new StoredField(UrlField, document.Url),
                    new TextField(TitleField, document.Title, Field.Store.YES),
                    new TextField(TextField, document.Text, Field.Store.YES),
                    new TextField(ContextField, document.Context, Field.Store.NO),
                ]);
            }
            _writer.Commit();
            // Until this refresh, searches still see the previous index: the swap is atomic.
            _searchers.MaybeRefreshBlocking();
            LogRebuilt(_logger, documents.Count, clock.ElapsedMilliseconds);
        }
        finally
        {
            _rebuild.Release();
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

        var searcher = _searchers.Acquire();
        try
        {
            var allTermsMatched = true;
            var top = searcher.Search(BuildQuery(terms, Occur.MUST), MaxHits);
            if (top.TotalHits == 0 && terms.Count > 1)
            {
                allTermsMatched = false;
                top = searcher.Search(BuildQuery(terms, Occur.SHOULD), MaxHits);
            }

            var termSet = terms.ToHashSet(StringComparer.Ordinal);
            var hits = top.ScoreDocs.Select(scoreDoc =>
            {
                var document = searcher.Doc(scoreDoc.Doc);
                string Stored(string field) => document.Get(field, CultureInfo.InvariantCulture);
                return new SearchHit(
                    Enum.Parse<SearchKind>(Stored(KindField)),
                    Stored(UrlField),
                    SearchExcerpt.Build(_analyzer, Stored(TitleField), termSet),
                    SearchExcerpt.Build(_analyzer, Stored(TextField), termSet, ExcerptLength));
            }).ToList();
            return new SearchResults(hits, allTermsMatched);
        }
        finally
        {
            _searchers.Release(searcher);
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

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
        _rebuild.Dispose();
    }
}
