using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Occitanie.Pauvrete.Web.Tests.Security;

/// <summary>What a browser could run in a piece of HTML: script-like elements, event handler attributes, URLs of other schemes.</summary>
internal static partial class Executable
{
    private static readonly string[] _allowedSchemes = ["http", "https", "mailto", "tel"];

    private static readonly string[] _urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "background", "data", "cite"];

    private static readonly string[] _activeElements = ["script", "iframe", "frame", "object", "embed", "svg", "math", "form", "base", "meta", "link", "style"];

    /// <summary>Everything runnable under <paramref name="root"/>, described; empty when there is nothing.</summary>
    public static IReadOnlyList<string> In(IElement root)
    {
        var found = new List<string>();
        foreach (var element in root.QuerySelectorAll("*").Prepend(root))
        {
            if (_activeElements.Contains(element.LocalName))
            {
                found.Add($"<{element.LocalName}> element");
            }
            foreach (var attribute in element.Attributes)
            {
                if (attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add($"{attribute.Name} attribute on <{element.LocalName}>");
                }
                if (_urlAttributes.Contains(attribute.Name.ToLowerInvariant()) && SchemeOf(attribute.Value) is { } scheme && !_allowedSchemes.Contains(scheme))
                {
                    found.Add($"{attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>");
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The scheme a browser would see: it drops leading spaces and control characters and every tab
    /// and line break before it parses the URL ("java\tscript:" is "javascript:"). Null for a relative URL.
    /// </summary>
    public static string? SchemeOf(string url)
    {
        var cleaned = Ignored().Replace(url.TrimStart(Enumerable.Range(0, 0x21).Select(c => (char)c).ToArray()), "");
        var match = Scheme().Match(cleaned);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex("[\t\n\r]")]
    private static partial Regex Ignored();

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();
}
