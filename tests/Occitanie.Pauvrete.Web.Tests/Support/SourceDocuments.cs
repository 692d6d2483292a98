using System.Text.RegularExpressions;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>The five source documents of content/sources/, as tests compare content with them.</summary>
internal static partial class SourceDocuments
{
    private static readonly Dictionary<string, string> _texts = [];

    /// <summary>A source document as printed, markdown emphasis and line breaks of the conversion aside (<see cref="Normalize"/>), read once.</summary>
    public static string Text(string document)
    {
        lock (_texts)
        {
            if (!_texts.TryGetValue(document, out var text))
            {
                text = Normalize(File.ReadAllText(Path.Combine(Paths.Content, "sources", document)));
                _texts[document] = text;
            }
            return text;
        }
    }

    /// <summary>Without « ** », with straight apostrophes, every run of white space one space.</summary>
    public static string Normalize(string text) =>
        Whitespace().Replace(text.Replace("**", "", StringComparison.Ordinal).Replace('’', '\''), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
