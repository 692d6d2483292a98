using System.Text;
using System.Text.RegularExpressions;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// French typography, applied once to the text of a public page as it is sent (content, titles,
/// labels and the templates' own words alike; content files stay as written and the API and open
/// data keep plain text): a narrow no-break space before « ; ! ? », a no-break space before « : »,
/// inside « » and between a number and « € » or « % », amounts from 10 000 grouped by three,
/// and an em dash with spaces around it.
/// Only text between tags is touched: never a tag or its attributes, nor what script, style, pre,
/// code, kbd, samp and textarea hold. A mark is moved only when a space or the end of the text
/// follows it, so addresses (« https://… », « ?q= ») and times (« 10:30 ») are left as they are.
/// </summary>
public static partial class FrenchTypography
{
    private const char NoBreakSpace = '\u00A0';
    private const char NarrowNoBreakSpace = '\u202F';

    /// <summary>Elements whose content is not prose.</summary>
    private static readonly string[] _rawElements = ["script", "style", "pre", "code", "kbd", "samp", "textarea"];

    /// <summary>The page with its text set in French typography.</summary>
    public static string ApplyToHtml(string html)
    {
        var result = new StringBuilder(html.Length + 256);
        var i = 0;
        while (i < html.Length)
        {
            var tagStart = html.IndexOf('<', i);
            if (tagStart < 0)
            {
                result.Append(Apply(html[i..]));
                break;
            }
            result.Append(Apply(html[i..tagStart]));
            var tagEnd = EndOfTag(html, tagStart);
            var tag = html[tagStart..tagEnd];
            result.Append(tag);
            i = tagEnd;

            // Copy a raw element's content as it is, up to its closing tag.
            if (RawElementName(tag) is { } name)
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                var end = close < 0 ? html.Length : close;
                result.Append(html, i, end - i);
                i = end;
            }
        }
        return result.ToString();
    }

    /// <summary>Plain text (or the text of HTML between two tags) in French typography.</summary>
    public static string Apply(string text)
    {
        if (text.Length == 0 || !NeedsWork().IsMatch(text))
        {
            return text;
        }
        text = SpaceBeforeTallMark().Replace(text, m => m.Groups[1].Value + NarrowNoBreakSpace + m.Groups[2].Value);
        text = SpaceBeforeColon().Replace(text, m => m.Groups[1].Value + NoBreakSpace + ":");
        text = OpeningQuote().Replace(text, "«" + NoBreakSpace);
        text = ClosingQuote().Replace(text, NoBreakSpace + "»");
        text = Amount().Replace(text, m => Group(m.Groups[1].Value) + NoBreakSpace + m.Groups[2].Value);
        text = Dash().Replace(text, m => m.Groups[1].Value + NoBreakSpace + "— ");
        return text;
    }

    /// <summary>« 15000 », « 15 000 » → « 15 000 » with narrow no-break spaces; four digits stay together.</summary>
    private static string Group(string number)
    {
        var digits = number.Where(char.IsAsciiDigit).ToArray();
        if (digits.Length < 5)
        {
            return number.Replace(' ', NarrowNoBreakSpace);
        }
        var grouped = new StringBuilder();
        for (var k = 0; k < digits.Length; k++)
        {
            if (k > 0 && (digits.Length - k) % 3 == 0)
            {
                grouped.Append(NarrowNoBreakSpace);
            }
            grouped.Append(digits[k]);
        }
        return grouped.ToString();
    }

    /// <summary>Where the tag starting at <paramref name="start"/> ends (after its « > »), quotes of attributes respected.</summary>
    private static int EndOfTag(string html, int start)
    {
        if (html.AsSpan(start).StartsWith("<!--"))
        {
            var close = html.IndexOf("-->", start, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }
        char? quote = null;
        for (var k = start + 1; k < html.Length; k++)
        {
            var c = html[k];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return k + 1;
            }
        }
        return html.Length;
    }

    private static string? RawElementName(string tag)
    {
        if (tag.Length < 3 || tag[1] == '/' || tag[1] == '!')
        {
            return null;
        }
        var name = TagName().Match(tag).Groups[1].Value;
        return _rawElements.FirstOrDefault(r => r.Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"^<([a-zA-Z][a-zA-Z0-9]*)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"[;:!?«»€%—]")]
    private static partial Regex NeedsWork();

    /// <summary>
    /// « ; ! ? » after a word or a space, followed by a space, the end or a closing mark: never the
    /// « ; » ending an entity (« &amp;amp; »), never a « ? » inside an address.
    /// </summary>
    [GeneratedRegex(@"(?<!&#?\w+)([\p{L}\p{N}\)»…])[ \u00A0]?([;!?]+)(?=\s|$|[\)»<""])")]
    private static partial Regex SpaceBeforeTallMark();

    [GeneratedRegex(@"([\p{L}\p{N}\)»…])[ \u202F]?:(?=\s|$)")]
    private static partial Regex SpaceBeforeColon();

    [GeneratedRegex(@"«(?!\u00A0|&nbsp;|&#xA0;|&#160;)[ \u202F]?")]
    private static partial Regex OpeningQuote();

    [GeneratedRegex(@"(?<!\u00A0|&nbsp;|&#xA0;|&#160;)[ \u202F]?»")]
    private static partial Regex ClosingQuote();

    /// <summary>A number (its groups separated by any space) and « € », « % » or « k€ / M€ » after it.</summary>
    [GeneratedRegex(@"(?<![\d,.])(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+(?:,\d+)?)[ \u00A0\u202F]?(€|%|[kM]€)")]
    private static partial Regex Amount();

    /// <summary>An em dash between words: no-break space before, space after.</summary>
    [GeneratedRegex(@"(\S)[ \u00A0]?—[ \u00A0]?(?=\S)")]
    private static partial Regex Dash();
}
