using Microsoft.AspNetCore.Html;

namespace Occitanie.Pauvrete.Web.Features.Search;

/// <summary>
/// A piece of a title or an excerpt; <see cref="IsMatch"/> pieces are the words the visitor
/// searched for. Views write each piece HTML-encoded and wrap the matches in &lt;mark&gt;, so
/// no content ever reaches the page as HTML.
/// </summary>
public sealed record TextSegment(string Text, bool IsMatch);

/// <summary>Cuts the passage of a text around the first word that matches the search.</summary>
public static class SearchExcerpt
{
    private const string Ellipsis = "…";

    /// <summary>
    /// About <paramref name="length"/> characters of <paramref name="text"/> around its first
    /// match, cut between words, with every match marked; the start of the text when there is no
    /// match. A length of 0 keeps the whole text. <paramref name="matches"/> are the words of the
    /// text (as <see cref="FrenchSearchAnalyzer.Analyse"/> cuts it) whose term was searched, in
    /// the order of the text.
    /// </summary>
    public static IReadOnlyList<TextSegment> Build(string text, IReadOnlyList<AnalysedTerm> matches, int length = 0)
    {
        if (text.Length == 0)
        {
            return [];
        }

        int start = 0, end = text.Length;
        if (length > 0 && text.Length > length)
        {
            if (matches.Count > 0)
            {
                // Some words of context before the match (more when the match is near the end,
                // so the excerpt keeps its length), then cut at the next word boundary.
                var first = matches[0];
                start = Math.Max(0, Math.Min(first.Start - (length / 4), text.Length - length));
                if (start > 0)
                {
                    var space = text.IndexOf(' ', start);
                    start = space >= 0 && space < first.Start ? space + 1 : first.Start;
                }
            }
            end = Math.Min(text.Length, start + length);
            if (end < text.Length)
            {
                var space = text.LastIndexOf(' ', end - 1, end - start);
                if (space > start)
                {
                    end = space;
                }
            }
            // No excerpt starts or ends on the separator between two parts of the text.
            while (start > 0 && start < end && " ·".Contains(text[start], StringComparison.Ordinal))
            {
                start++;
            }
            while (end < text.Length && end > start && " ·".Contains(text[end - 1], StringComparison.Ordinal))
            {
                end--;
            }
        }

        var segments = new List<TextSegment>();
        if (start > 0)
        {
            segments.Add(new TextSegment(Ellipsis + " ", false));
        }
        var position = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
        {
            if (match.Start < position)
            {
                continue;
            }
            if (match.Start > position)
            {
                segments.Add(new TextSegment(text[position..match.Start], false));
            }
            segments.Add(new TextSegment(text[match.Start..match.End], true));
            position = match.End;
        }
        if (position < end)
        {
            segments.Add(new TextSegment(text[position..end], false));
        }
        if (end < text.Length)
        {
            segments.Add(new TextSegment(" " + Ellipsis, false));
        }
        return segments;
    }
}

/// <summary>Writes pieces of text as HTML: each piece encoded, the matches in &lt;mark&gt;.</summary>
public static class Highlight
{
    public static IHtmlContent Render(IReadOnlyList<TextSegment> segments)
    {
        var html = new HtmlContentBuilder(segments.Count * 3);
        foreach (var segment in segments)
        {
            if (segment.IsMatch)
            {
                html.AppendHtml("<mark>").Append(segment.Text).AppendHtml("</mark>");
            }
            else
            {
                // Append encodes: content never reaches the page as HTML.
                html.Append(segment.Text);
            }
        }
        return html;
    }
}
