using System.Net;
using Ganss.Xss;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// Markdown from content/ and from staff, made safe to show: Markdig with raw HTML disabled, then
/// HtmlSanitizer (http, https, mailto and tel links only). External links open in a new window,
/// say so to screen readers and carry rel="noopener". Headings start at level 2: the page's title
/// is its one h1. Built once and shared (thread-safe).
/// </summary>
/// <remarks>
/// No text can make it fail: one that breaks <see cref="MarkdownLimits"/> or that Markdig refuses
/// is shown as plain text, escaped, with a warning in the log; the page, the feed and the search
/// index carry on. What it renders is kept in memory by text, so a visitor who adds a new query
/// string to a page (a new entry in the output cache) does not make it render again.
/// </remarks>
public sealed partial class MarkdownRenderer(ILogger<MarkdownRenderer>? logger = null) : IDisposable
{
    /// <summary>Characters of rendered text kept in memory: a few times the whole site.</summary>
    private const long CacheSize = 8_000_000;

    /// <summary>What the sanitizer keeps in a link; any other scheme (javascript:, data:…) is dropped.</summary>
    private static readonly string[] _allowedSchemes = ["http", "https", "mailto", "tel"];

    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();
    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = CacheSize });
    private readonly ILogger _logger = logger ?? NullLogger<MarkdownRenderer>.Instance;

    /// <summary>
    /// Why <paramref name="markdown"/> cannot be rendered, or null when it can: the bounds, then
    /// Markdig's own parse (for the admin and the import, which refuse such a text at once).
    /// </summary>
    public static MarkdownProblem? Check(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return null;
        }
        if (MarkdownLimits.Scan(markdown) is { } problem)
        {
            return problem;
        }
        try
        {
            Markdown.Parse(markdown, _pipeline);
            return null;
        }
        catch (ArgumentException)
        {
            // Markdig's "too deeply nested" (depth limit 128); no option raises or lowers it.
            return MarkdownProblem.Unrenderable;
        }
    }

    public IHtmlContent Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }
        return new HtmlString(Cached(("html", markdown), () =>
        {
            var document = Markdown.Parse(markdown, _pipeline);
            StartHeadingsAtLevelTwo(document);
            return _sanitizer.Sanitize(document.ToHtml(_pipeline));
        }, () => Escaped(markdown)));
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
        // A text out of bounds is refused with its own message, and Markdig must not read it.
        if (string.IsNullOrWhiteSpace(markdown) || Check(markdown) is not null)
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

    /// <summary>
    /// The addresses of the links <paramref name="markdown"/> shows, as the page's pipeline reads them
    /// (« [texte](adresse) », « &lt;adresse&gt; » and bare web addresses), images left out; none for a
    /// text the page shows as plain text.
    /// </summary>
    public static IReadOnlyList<string> LinkAddresses(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown) || Check(markdown) is not null)
        {
            return [];
        }
        var document = Markdown.Parse(markdown, _pipeline);
        return [.. document.Descendants<LinkInline>().Where(l => !l.IsImage).Select(l => l.Url)
            .Concat(document.Descendants<AutolinkInline>().Where(l => !l.IsEmail).Select(l => l.Url))
            .OfType<string>()];
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
        string.IsNullOrWhiteSpace(markdown) ? "" : Cached(("text", markdown), () => Markdown.ToPlainText(markdown, _pipeline).Trim(), () => markdown.Trim());

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
        if (MarkdownLimits.Scan(markdown) is not null)
        {
            return null;
        }
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, _pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
        var paragraph = document.Descendants<ListBlock>().FirstOrDefault(l => l.IsOrdered)?.Descendants<ParagraphBlock>().FirstOrDefault()
            ?? document.Descendants<ParagraphBlock>().FirstOrDefault();
        if (paragraph is null)
        {
            return null;
        }
        var text = ToPlainText(markdown.Substring(paragraph.Span.Start, paragraph.Span.Length));
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// <paramref name="render"/>'s result for <paramref name="key"/>, from memory when it was
    /// rendered before; <paramref name="fallback"/>'s when the text breaks the bounds or Markdig fails on it.
    /// </summary>
    private string Cached((string Kind, string Markdown) key, Func<string> render, Func<string> fallback)
    {
        if (_rendered.TryGetValue(key, out string? cached))
        {
            return cached!;
        }
        string result;
        var problem = MarkdownLimits.Scan(key.Markdown);
        if (problem is null)
        {
            try
            {
                result = render();
            }
            catch (ArgumentException)
            {
                problem = MarkdownProblem.Unrenderable;
                result = fallback();
            }
        }
        else
        {
            result = fallback();
        }
        if (problem is { } shown)
        {
            LogShownAsText(_logger, shown, key.Markdown.Length, Beginning(key.Markdown));
        }
        _rendered.Set(key, result, new MemoryCacheEntryOptions { Size = key.Markdown.Length + result.Length });
        return result;
    }

    /// <summary>The text as it was typed, escaped, its lines kept.</summary>
    private static string Escaped(string markdown) =>
        "<p>" + WebUtility.HtmlEncode(markdown.Trim()).ReplaceLineEndings("<br>\n") + "</p>";

    private static string Beginning(string markdown) => markdown.Length <= 60 ? markdown : markdown[..60] + "…";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Markdown shown as plain text ({MarkdownProblem}, {Length} characters), starting with: {Beginning}")]
    private static partial void LogShownAsText(ILogger logger, MarkdownProblem markdownProblem, int length, string beginning);

    public void Dispose() => _rendered.Dispose();

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
