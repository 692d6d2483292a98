using System.Globalization;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>Why a markdown text is refused (<see cref="MarkdownLimits.Check"/>).</summary>
public enum MarkdownProblem
{
    /// <summary>Longer than <see cref="MarkdownLimits.MaxLength"/> characters.</summary>
    TooLong,

    /// <summary>Quotes or lists nested more than <see cref="MarkdownLimits.MaxNesting"/> levels, or indented more than <see cref="MarkdownLimits.MaxIndent"/> spaces.</summary>
    NestedTooDeep,

    /// <summary>Square brackets nested more than <see cref="MarkdownLimits.MaxNesting"/> levels.</summary>
    BracketsTooDeep,

    /// <summary>A word (characters without a space) longer than <see cref="MarkdownLimits.MaxWordLength"/>.</summary>
    WordTooLong,

    /// <summary>Markdig itself refuses it (emphasis or links nested past its own limit of 128 levels).</summary>
    Unrenderable,
}

/// <summary>
/// The bounds a markdown text must keep to be rendered. Markdig throws past 128 levels of nesting
/// (a 130-byte body of « > » took every page showing it down), and some texts far below that cost
/// it time that grows with the square of their length: « - » or « > » repeated (10 000 of them:
/// seconds), brackets opened and never closed, and a long word full of « www. » or « http:// »
/// (the autolinks: 180 KB, over a minute). A linear scan refuses those before Markdig sees them;
/// whatever still fails in Markdig is <see cref="MarkdownProblem.Unrenderable"/>. Real content is
/// far inside every bound: its longest body is under 8 000 characters and nests three levels.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>Two and a half times the longest text of content/.</summary>
    public const int MaxLength = 20_000;

    /// <summary>Levels of quotes, list items or brackets.</summary>
    public const int MaxNesting = 32;

    /// <summary>Spaces before a line's text (a tab counts four).</summary>
    public const int MaxIndent = 128;

    /// <summary>Longer than any web address the sources give.</summary>
    public const int MaxWordLength = 1_000;

    /// <summary>The first bound <paramref name="markdown"/> breaks, or null (without running Markdig).</summary>
    /// <param name="markdown">The text.</param>
    /// <param name="maxLength">Its greatest length; <see cref="MaxLength"/> unless the text holds more than markdown.</param>
    public static MarkdownProblem? Scan(string markdown, int maxLength = MaxLength)
    {
        if (markdown.Length > maxLength)
        {
            return MarkdownProblem.TooLong;
        }
        var brackets = 0;
        var word = 0;
        var lineStart = true;
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (lineStart)
            {
                lineStart = false;
                if (LinePrefixTooDeep(markdown, i))
                {
                    return MarkdownProblem.NestedTooDeep;
                }
            }
            if (c == '\n')
            {
                lineStart = true;
            }
            word = char.IsWhiteSpace(c) ? 0 : word + 1;
            if (word > MaxWordLength)
            {
                return MarkdownProblem.WordTooLong;
            }
            if (c == '\\')
            {
                // An escaped bracket is text: skip it (the word count misses one character, which is harmless).
                i++;
            }
            else if (c == '[' && ++brackets > MaxNesting)
            {
                return MarkdownProblem.BracketsTooDeep;
            }
            else if (c == ']' && brackets > 0)
            {
                brackets--;
            }
        }
        return null;
    }

    /// <summary>What to tell the person who typed <paramref name="markdown"/>, in French: a sentence that follows « … ne peut pas être enregistré : ».</summary>
    public static string FrenchReason(MarkdownProblem problem, string markdown) => problem switch
    {
        MarkdownProblem.TooLong => $"il compte {Count(markdown.Length)} caractères, {Count(MaxLength)} au plus.",
        MarkdownProblem.NestedTooDeep => $"des citations («\u00A0>\u00A0») ou des listes y sont imbriquées sur plus de {MaxNesting} niveaux, ou une ligne commence par plus de {MaxIndent} espaces.",
        MarkdownProblem.BracketsTooDeep => $"des crochets «\u00A0[\u00A0» y sont ouverts sur plus de {MaxNesting} niveaux.",
        MarkdownProblem.WordTooLong => $"une suite de caractères sans espace y dépasse {Count(MaxWordLength)} caractères.",
        _ => "sa mise en forme (italique, gras, liens) est imbriquée trop profondément pour être affichée.",
    };

    /// <summary>The same, for the content import's report (in English, as its other messages).</summary>
    public static string EnglishReason(MarkdownProblem problem) => problem switch
    {
        MarkdownProblem.TooLong => $"longer than {MaxLength} characters",
        MarkdownProblem.NestedTooDeep => $"quotes or lists nested more than {MaxNesting} levels, or a line indented more than {MaxIndent} spaces",
        MarkdownProblem.BracketsTooDeep => $"'[' nested more than {MaxNesting} levels",
        MarkdownProblem.WordTooLong => $"a run of more than {MaxWordLength} characters without a space",
        _ => "emphasis or links nested too deeply to be rendered",
    };

    /// <summary>
    /// Counts the quote and list markers and the spaces before a line's text, up to the first
    /// character that is neither: « > > - 1. text » has four markers.
    /// </summary>
    private static bool LinePrefixTooDeep(string markdown, int start)
    {
        var markers = 0;
        var indent = 0;
        var i = start;
        while (i < markdown.Length)
        {
            var c = markdown[i];
            if (c == ' ')
            {
                indent++;
                i++;
            }
            else if (c == '\t')
            {
                indent += 4;
                i++;
            }
            else if (c == '>')
            {
                markers++;
                i++;
            }
            else if (c is '-' or '*' or '+' && FollowedBySpace(markdown, i + 1))
            {
                markers++;
                i++;
            }
            else if (char.IsAsciiDigit(c) && OrderedMarkerEnd(markdown, i) is { } end)
            {
                markers++;
                i = end;
            }
            else
            {
                break;
            }
            if (markers > MaxNesting || indent > MaxIndent)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The index after « 12. » or « 3) » followed by a space, else null.</summary>
    private static int? OrderedMarkerEnd(string markdown, int start)
    {
        var i = start;
        while (i < markdown.Length && i - start < 9 && char.IsAsciiDigit(markdown[i]))
        {
            i++;
        }
        return i < markdown.Length && markdown[i] is '.' or ')' && FollowedBySpace(markdown, i + 1) ? i + 1 : null;
    }

    private static bool FollowedBySpace(string markdown, int index) =>
        index < markdown.Length && markdown[index] is ' ' or '\t';

    private static string Count(int value) => value.ToString("#,##0", CultureInfo.GetCultureInfo("fr-FR"));
}
