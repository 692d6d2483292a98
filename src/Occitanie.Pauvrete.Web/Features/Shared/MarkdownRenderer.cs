using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// Markdown from content/ and from staff, made safe to show: Markdig with raw HTML disabled, then
/// HtmlSanitizer (http, https, mailto and tel links only). External links open in a new window,
/// say so to screen readers and carry rel="noopener". Built once and shared (thread-safe).
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public IHtmlContent Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }
        return new HtmlString(_sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline)));
    }

    /// <summary>The text of the markdown, without markup (for descriptions and search).</summary>
    public string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, _pipeline).Trim();

    /// <summary>
    /// The first step of a « how to apply » text, as plain text: the first item of its first
    /// numbered list (the steps, when the text numbers them), else its first paragraph; null when it
    /// has neither.
    /// </summary>
    public string? FirstStep(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return null;
        }
        var document = Markdown.Parse(markdown, _pipeline);
        var paragraph = document.Descendants<ListBlock>().FirstOrDefault(l => l.IsOrdered)?.Descendants<ParagraphBlock>().FirstOrDefault()
            ?? document.Descendants<ParagraphBlock>().FirstOrDefault();
        if (paragraph is null)
        {
            return null;
        }
        var text = ToPlainText(markdown.Substring(paragraph.Span.Start, paragraph.Span.Length));
        return text.Length == 0 ? null : text;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }
        sanitizer.AllowedAttributes.Add("rel");
        sanitizer.AllowedAttributes.Add("target");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement link
                && link.GetAttribute("href") is { } href
                && href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                link.SetAttribute("target", "_blank");
                link.SetAttribute("rel", "noopener");
                link.SetAttribute("title", $"{link.TextContent} — nouvelle fenêtre");
            }
        };
        return sanitizer;
    }
}
