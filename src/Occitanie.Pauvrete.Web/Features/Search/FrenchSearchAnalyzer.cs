using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Occitanie.Pauvrete.Web.Features.Search;

/// <summary>
/// How French text becomes search terms, the same at index and at query time: words (Unicode
/// rules), lower case, articles elided (« l'État », « d’une » → « état », « une »), French stop
/// words dropped, accents folded (« crèche » → « creche ») and a light French stemmer that mostly
/// removes plurals and feminine endings (« crèches », « creche », « CRÈCHES » give one term).
/// Lucene's own <see cref="FrenchAnalyzer"/> keeps accents, so « creche » typed without them
/// would not find « crèche ». An amount in euros is one term (« 1 € » → « 1euro »).
/// </summary>
public sealed class FrenchSearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// An amount in euros is one word, « 1 € », « 1€ » and « 1 euro » alike: « 1 € » finds the
    /// cantine à 1 €, not every text holding the number 1.
    /// </summary>
    private static readonly Regex _euros = new(@"(\d)[\s\u00a0\u202f]*(?:€|euros?\b)", RegexOptions.CultureInvariant);

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new PatternReplaceCharFilter(_euros, "${1}euro", reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new LowerCaseFilter(Version, source);
        result = new ElisionFilter(result, FrenchAnalyzer.DEFAULT_ARTICLES);
        // Before folding: the stop list is written with its accents (« été », « même »).
        result = new StopFilter(Version, result, FrenchAnalyzer.DefaultStopSet);
        result = new ASCIIFoldingFilter(result);
        result = new FrenchLightStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    /// <summary>The terms of <paramref name="text"/>, in order, with where each word is in the text.</summary>
    public IReadOnlyList<AnalysedTerm> Analyse(string text, string fieldName = "text")
    {
        var terms = new List<AnalysedTerm>();
        using var stream = GetTokenStream(fieldName, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(new AnalysedTerm(term.ToString(), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return terms;
    }
}

/// <summary>A term and the characters of the original text it comes from.</summary>
public readonly record struct AnalysedTerm(string Term, int Start, int End);
