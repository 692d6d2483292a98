using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Content;

/// <summary>
/// What content/ says does not go beyond the five sources: no condition dropped from a figure, no
/// tie, carrier, place, label or commitment the documents do not give, no announcement told as done.
/// Each test catches one kind of distortion found when content/ was read against the sources.
/// </summary>
public sealed partial class SourceFidelityTests
{
    private const string Guide = "003_07d57dd302962500.txt";

    private static readonly ContentSet _set = ContentReader.Read(Paths.Content).Set;

    [Fact]
    public void The_three_euros_per_meal_are_always_tied_to_the_tranche_below_one_euro()
    {
        var sentences = AllItems()
            .SelectMany(item => PublicTexts(item.Data, item.Body).SelectMany(Sentences).Select(s => (item.File, Sentence: s)))
            .Where(s => s.Sentence.Contains("3 € par repas", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.True(
            s.Sentence.Contains("inférieure à un euro", StringComparison.Ordinal),
            $"{s.File}: « {s.Sentence} » states the 3 € per meal without the tranche « inférieure à un euro » the guide ties it to"));
    }

    [Fact]
    public void The_school_meals_measure_notes_that_the_guide_says_both_one_euro_maximum_and_below_one_euro()
    {
        var guide = Source(Guide);
        var note = _set.Measures.Single(m => m.Key == "cantines-a-tarification-sociale").Data.EditorNote ?? "";

        Assert.Contains("pour 1€ maximum", guide, StringComparison.Ordinal);
        Assert.Contains("dont au moins une inférieure à un euro, pour laquelle l'État offre", guide, StringComparison.Ordinal);
        Assert.Contains("1€ maximum", note, StringComparison.Ordinal);
        Assert.Contains("inférieure à un euro", note, StringComparison.Ordinal);
    }

    // ---- reading content/ and the sources -------------------------------------------------------

    private sealed record Item(string File, string Key, object Data, string Body, List<SourceYaml> Sources);

    private static IEnumerable<Item> AllItems() =>
        Items(_set.Axes, d => d.Sources)
            .Concat(Items(_set.Intentions, d => d.Sources))
            .Concat(Items(_set.Measures, d => d.Sources))
            .Concat(Items(_set.Workshops, d => d.Sources))
            .Concat(Items(_set.Conferences, d => d.Sources))
            .Concat(Items(_set.PressReleases, d => d.Sources))
            .Concat(Items(_set.WorkingGroups, d => d.Sources))
            .Concat(Items(_set.Pages, d => d.Sources))
            .Concat(Items(_set.FundingLines, d => d.Sources))
            .Concat(Items(_set.KeyFigures, d => d.Sources));

    private static IEnumerable<Item> Items<T>(List<ContentDocument<T>> documents, Func<T, List<SourceYaml>?> sources)
        where T : class =>
        documents.Select(d => new Item(d.File, d.Key, d.Data, d.Body, sources(d.Data) ?? []));

    /// <summary>Every text of an item a visitor reads: its strings, nested ones included, and its body; not the editors' note nor the source references.</summary>
    private static IEnumerable<string> PublicTexts(object data, string body)
    {
        foreach (var text in Strings(data))
        {
            yield return text;
        }
        if (body.Length > 0)
        {
            yield return body;
        }
    }

    private static IEnumerable<string> Strings(object? value)
    {
        switch (value)
        {
            case null:
                yield break;
            case string text:
                yield return text;
                yield break;
            case IEnumerable list:
                foreach (var element in list)
                {
                    foreach (var text in Strings(element))
                    {
                        yield return text;
                    }
                }
                yield break;
        }
        if (value.GetType().Namespace != typeof(SourceYaml).Namespace)
        {
            yield break;
        }
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name is nameof(ContentYaml.EditorNote) or nameof(ContentYaml.Sources) or nameof(ContentYaml.Status))
            {
                continue;
            }
            foreach (var text in Strings(property.GetValue(value)))
            {
                yield return text;
            }
        }
    }

    /// <summary>Sentences and list lines: a claim and its condition are read together.</summary>
    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(Normalize).Where(s => s.Length > 0);

    private static readonly Dictionary<string, string> _sources = [];

    /// <summary>A source document as printed, markdown emphasis and line breaks of the conversion aside.</summary>
    private static string Source(string document)
    {
        lock (_sources)
        {
            if (!_sources.TryGetValue(document, out var text))
            {
                text = Normalize(File.ReadAllText(Path.Combine(Paths.Content, "sources", document)));
                _sources[document] = text;
            }
            return text;
        }
    }

    private static string Normalize(string text) =>
        Whitespace().Replace(text.Replace("**", "", StringComparison.Ordinal).Replace('’', '\''), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-ZÀ-Ý«*])|\n+")]
    private static partial Regex SentenceBreak();
}
