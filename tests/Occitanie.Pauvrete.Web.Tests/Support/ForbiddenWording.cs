using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// What a public page never says: that a field is missing (« non indiquée », « non précisé par la
/// source », « (adresse non indiquée par la source) », « les sources ne donnent pas de contact »…).
/// A fact the data lacks is left out instead. The API keeps its nulls. The editors' notes, in the
/// « Sources et notes de la rédaction » section, may say what a source leaves out: that is their purpose.
/// </summary>
public static partial class ForbiddenWording
{
    /// <summary>The first forbidden phrase in <paramref name="text"/>, or null.</summary>
    public static string? FindIn(string text) => Pattern().Match(VisibleText.Normalize(text)) is { Success: true } match ? match.Value : null;

    /// <summary>The text of a page's main content, less its « Sources et notes de la rédaction » section.</summary>
    public const string ContentTextScript = """
        () => {
            const main = document.querySelector('main').cloneNode(true);
            main.querySelectorAll('#sources-et-notes').forEach(e => e.remove());
            return main.textContent;
        }
        """;

    public static void AssertNoneIn(IDocument page, string url)
    {
        var main = (IElement)(page.QuerySelector("main") ?? throw new InvalidOperationException($"{url} has no <main>.")).Clone(deep: true);
        foreach (var notes in main.QuerySelectorAll("#sources-et-notes").ToList())
        {
            notes.Remove();
        }
        var found = FindIn(main.TextContent);
        Assert.True(found is null, $"{url} says « {found} »: a missing fact is left out, not announced.");
    }

    [GeneratedRegex(@"\b(non|pas) (indiqu|précis|renseign|communiqu|connu|disponible)\w*|ne (donnent|donne|précisent|précise|indiquent|indique) pas|adresse non|information manquante|inconnu(e|es|s)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
