using Ganss.Xss;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// Markdown from content/ and from staff, made safe to show: Markdig with raw HTML disabled, then
/// HtmlSanitizer (http, https, mailto and tel links only). External links open in a new window,
/// say so to screen readers and carry rel="noopener". Headings start at level 2: the page's title
/// is its one h1. Built once and shared (thread-safe).
/// </summary>
public sealed partial class MarkdownRenderer
{
    /// <summary>What the sanitizer keeps in a link; any other scheme (javascript:, data:…) is dropped.</summary>
    private static readonly string[] _allowedSchemes = ["http", "https", "mailto", "tel"];

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
        var document = Markdown.Parse(markdown, _pipeline);
        StartHeadingsAtLevelTwo(document);
        return new HtmlString(_sanitizer.Sanitize(document.ToHtml(_pipeline)));
    }

    /// <summary>
    /// « # Titre » in a body would be a second h1 on a page whose title is already one: every
    /// heading moves down as many levels as needed for the highest to be an h2 (h6 at most), so the
    /// text keeps its own outline.
    /// </summary>
    private static void StartHeadingsAtLevelTwo(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Count == 0 || headings.Min(h => h.Level) is not (< 2 and var top))
        {
            return;
        }
        foreach (var heading in headings)
        {
            heading.Level = Math.Min(heading.Level + 2 - top, 6);
        }
    }

    /// <summary>
    /// What the page will not show as typed, for the editor to hear it rather than lose it silently:
    /// links whose address is neither a web address nor mailto: or tel: (javascript:, data:…), which
    /// the page drops, and HTML tags, which it shows as plain text. Empty when there is nothing to say.
    /// </summary>
    public IReadOnlyList<string> Warnings(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return [];
        }
        var warnings = new List<string>();
        foreach (var link in Markdown.Parse(markdown, _pipeline).Descendants<LinkInline>())
        {
            if (link.Url is { } url && SchemePattern().Match(url.Trim()) is { Success: true } scheme
                && !_allowedSchemes.Contains(scheme.Groups[1].Value, StringComparer.OrdinalIgnoreCase))
            {
                var what = link.IsImage ? "L'image" : "Le lien";
                warnings.Add($"{what} vers « {Shorten(url.Trim())} » sera retiré{(link.IsImage ? "e" : "")} : seules les adresses en http://, https://, mailto: ou tel: sont gardées.");
            }
        }
        var tags = Markdown.Parse(markdown, _htmlPipeline).Descendants()
            .Select(node => node switch
            {
                HtmlInline inline => inline.Tag,
                HtmlBlock block => block.Lines.ToString(),
                _ => null,
            })
            .OfType<string>()
            .Select(tag => Shorten(tag.Trim()))
            .Where(tag => tag.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (tags.Count > 0)
        {
            warnings.Add($"Le code HTML ({string.Join(", ", tags.Take(5).Select(t => $"« {t} »"))}) sera affiché tel quel, comme du texte : utilisez la mise en forme du champ (**gras**, listes avec « - »…).");
        }
        return warnings;
    }

    /// <summary>The same text read with HTML allowed, only to find the tags staff typed.</summary>
    private readonly MarkdownPipeline _htmlPipeline = new MarkdownPipelineBuilder()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..59] + "…";

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex SchemePattern();

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
