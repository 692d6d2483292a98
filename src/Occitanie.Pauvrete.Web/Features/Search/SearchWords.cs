using System.Text.RegularExpressions;

namespace Occitanie.Pauvrete.Web.Features.Search;

/// <summary>
/// The words the index holds (each term with the word that spells it most often), to forgive a
/// visitor's spelling: a hyphen typed inside a word (« sur-endettement »), a letter too many, missing
/// or swapped (« surendettment », « crehce »).
/// </summary>
public sealed partial class SearchWords
{
    /// <summary>Every term of the index with its most frequent word and its count.</summary>
    private readonly Dictionary<string, (string Word, int Count)> _terms = new(StringComparer.Ordinal);

    /// <summary>Every word of the index without its accents, in lower case, with its most frequent spelling and its count.</summary>
    private readonly Dictionary<string, (string Word, int Count)> _words = new(StringComparer.Ordinal);

    /// <param name="spellings">Each term of the index with the words (in lower case) that give it, and how often.</param>
    public SearchWords(IReadOnlyDictionary<string, Dictionary<string, int>> spellings)
    {
        foreach (var (term, forms) in spellings)
        {
            _terms[term] = (forms.MaxBy(f => f.Value).Key, forms.Values.Sum());
        }
        foreach (var (word, count) in spellings.Values.SelectMany(forms => forms))
        {
            var folded = Fold(word);
            var known = _words.GetValueOrDefault(folded);
            _words[folded] = (count > known.Count ? word : known.Word, known.Count + count);
        }
    }

    public bool Contains(string term) => _terms.ContainsKey(term);

    /// <summary>
    /// « sur-endettement » → « surendettement » when the index knows the word written without its
    /// hyphens; « petit-déjeuner », which it knows as two words, is left for the analyzer to split.
    /// </summary>
    public string JoinHyphenated(string text, FrenchSearchAnalyzer analyzer) =>
        HyphenatedWord().Replace(text, m =>
        {
            var joined = FoldHyphens(m.Value).Replace("-", "", StringComparison.Ordinal);
            return analyzer.Analyse(joined) is [var single] && _terms.ContainsKey(single.Term) ? joined : m.Value;
        });

    /// <summary>Other dashes typed for a hyphen (‐ ‑ –) read as one.</summary>
    public static string FoldHyphens(string text) => OtherHyphens().Replace(text, "-");

    /// <summary>
    /// The word of the index closest to the word <paramref name="typed"/>, or null: at most one edit
    /// for a word of four to seven letters, two from eight, none below (too many short words are one
    /// letter apart); among the closest, the most frequent. A swap of two neighbouring letters is one
    /// edit. Words are compared as typed (a typo can change what the stemmer cuts), then, when none
    /// is near, the stem <paramref name="stem"/> with the index's terms (« crehce » is two edits from
    /// « crèches », the only form the index holds, but its stem one from theirs).
    /// </summary>
    public string? Closest(string typed, string stem) => Closest(Fold(typed), _words) ?? Closest(stem, _terms);

    private static string? Closest(string term, Dictionary<string, (string Word, int Count)> candidates)
    {
        var maxDistance = term.Length switch
        {
            < 4 => 0,
            < 8 => 1,
            _ => 2,
        };
        if (maxDistance == 0 || term.Any(char.IsDigit))
        {
            return null;
        }
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestCount = 0;
        foreach (var (candidate, (word, count)) in candidates)
        {
            if (Math.Abs(candidate.Length - term.Length) > maxDistance)
            {
                continue;
            }
            var distance = Distance(term, candidate, maxDistance);
            if (distance <= maxDistance && (distance < bestDistance || (distance == bestDistance && count > bestCount)))
            {
                (best, bestDistance, bestCount) = (word, distance, count);
            }
        }
        return best;
    }

    /// <summary>« Crèche » → « creche ».</summary>
    private static string Fold(string word)
    {
        var folded = new System.Text.StringBuilder(word.Length);
        foreach (var c in word.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }
        return folded.ToString();
    }

    /// <summary>Optimal string alignment distance (Levenshtein with swaps), cut short past <paramref name="max"/>.</summary>
    private static int Distance(string a, string b, int max)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max)
            {
                return rowMin;
            }
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }

    [GeneratedRegex(@"\w+(?:[-‐‑–]\w+)+")]
    private static partial Regex HyphenatedWord();

    [GeneratedRegex("[‐‑–]")]
    private static partial Regex OtherHyphens();
}
