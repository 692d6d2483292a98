using System.Text.Encodings.Web;
using Occitanie.Pauvrete.Web.Features.Search;

namespace Occitanie.Pauvrete.Web.Tests.Search;

/// <summary>Excerpts show the passage around the first match, the matches marked and everything else as text.</summary>
public sealed class SearchExcerptTests : IDisposable
{
    private readonly FrenchSearchAnalyzer _analyzer = new();

    public void Dispose() => _analyzer.Dispose();

    [Fact]
    public void Every_matching_word_is_marked_whatever_its_accents_and_plural()
    {
        const string text = "Des crèches et une Crèche à Capendu.";
        var segments = SearchExcerpt.Build(text, Matches(text, "creche"));

        Assert.Equal(["crèches", "Crèche"], segments.Where(s => s.IsMatch).Select(s => s.Text));
        Assert.Equal("Des crèches et une Crèche à Capendu.", string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void A_long_text_is_cut_between_words_around_the_first_match()
    {
        var before = string.Join(' ', Enumerable.Repeat("avant", 100));
        var after = string.Join(' ', Enumerable.Repeat("après", 100));
        var text = $"{before} la cantine scolaire {after}";

        var segments = SearchExcerpt.Build(text, Matches(text, "cantine"), 200);
        var excerpt = string.Concat(segments.Select(s => s.Text));

        Assert.StartsWith("… avant", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("après …", excerpt, StringComparison.Ordinal);
        Assert.InRange(excerpt.Length, 150, 210);
        Assert.Contains(segments, s => s is { IsMatch: true, Text: "cantine" });
    }

    [Fact]
    public void Without_a_match_the_excerpt_is_the_start_of_the_text()
    {
        var text = string.Join(' ', Enumerable.Repeat("logement", 100));

        var segments = SearchExcerpt.Build(text, Matches(text, "cantine"), 200);
        var excerpt = string.Concat(segments.Select(s => s.Text));

        Assert.StartsWith("logement", excerpt, StringComparison.Ordinal);
        Assert.EndsWith(" …", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain(segments, s => s.IsMatch);
    }

    [Fact]
    public void Content_is_written_as_text_and_only_the_marks_are_html()
    {
        const string text = "<script>alert(1)</script> la cantine <b>";
        var segments = SearchExcerpt.Build(text, Matches(text, "cantine"));
        using var html = new StringWriter();

        Highlight.Render(segments).WriteTo(html, HtmlEncoder.Default);

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; la <mark>cantine</mark> &lt;b&gt;", html.ToString());
    }

    /// <summary>The words of <paramref name="text"/> whose term is one of <paramref name="query"/>'s, as the index finds them.</summary>
    private List<AnalysedTerm> Matches(string text, string query)
    {
        var terms = _analyzer.Analyse(query).Select(t => t.Term).ToHashSet();
        return [.. _analyzer.Analyse(text).Where(w => terms.Contains(w.Term))];
    }
}
