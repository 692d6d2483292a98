using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// Text as a reader sees it: every run of white space (including the no-break and narrow no-break
/// spaces of French number formats) becomes one plain space, so tests never spell those spaces.
/// </summary>
internal static partial class VisibleText
{
    public static string Of(INode node) => Normalize(node.TextContent);

    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
