using System.Globalization;
using System.Text;

namespace Occitanie.Pauvrete.Web.Data.Import;

/// <summary>The controlled vocabularies of content/reference/vocabulaires.yml.</summary>
public enum VocabularyList
{
    /// <summary><c>publics</c>: who a measure helps (« Familles », « Jeunes »).</summary>
    Publics,

    /// <summary><c>porteurs</c>: who carries or funds a measure (« État », « CAF »).</summary>
    Porteurs,

    /// <summary><c>demandeurs</c>: who may apply for a measure (« Commune », « CCAS ou CIAS »).</summary>
    Applicants,

    /// <summary><c>services</c>: the departmental services a contact can stand for (« DDETS », « CAF »).</summary>
    Services,
}

/// <summary>One concept: the label the portal shows and stores, and the other wordings that mean it.</summary>
public sealed record VocabularyTerm(string Label, IReadOnlyList<string> Aliases);

/// <summary>
/// The four controlled vocabularies, read once from <c>reference/vocabulaires.yml</c>: one label per
/// concept, with the other wordings of the sources as aliases. A value is matched to its label
/// without regard to case, accents, apostrophes or spacing. The importer stores labels only; the
/// admin offers <see cref="Terms"/> as its checkboxes (the instance registered by AddPortalData).
/// </summary>
public sealed class ContentVocabulary
{
    public const string FileName = "vocabulaires.yml";

    private readonly Dictionary<VocabularyList, IReadOnlyList<VocabularyTerm>> _terms;
    private readonly Dictionary<VocabularyList, Dictionary<string, string>> _labels;

    private ContentVocabulary(Dictionary<VocabularyList, IReadOnlyList<VocabularyTerm>> terms)
    {
        _terms = terms;
        _labels = terms.ToDictionary(
            list => list.Key,
            list => list.Value
                .SelectMany(term => term.Aliases.Prepend(term.Label).Select(wording => (Key: Fold(wording), term.Label)))
                .DistinctBy(pair => pair.Key)
                .ToDictionary(pair => pair.Key, pair => pair.Label, StringComparer.Ordinal));
    }

    /// <summary>No term at all: every value is unknown.</summary>
    public static ContentVocabulary Empty { get; } = new(Enum.GetValues<VocabularyList>().ToDictionary(l => l, _ => (IReadOnlyList<VocabularyTerm>)[]));

    public IReadOnlyList<VocabularyTerm> Publics => Terms(VocabularyList.Publics);

    public IReadOnlyList<VocabularyTerm> Porteurs => Terms(VocabularyList.Porteurs);

    public IReadOnlyList<VocabularyTerm> Applicants => Terms(VocabularyList.Applicants);

    public IReadOnlyList<VocabularyTerm> Services => Terms(VocabularyList.Services);

    /// <summary>The terms of a list, in the file's order.</summary>
    public IReadOnlyList<VocabularyTerm> Terms(VocabularyList list) => _terms[list];

    /// <summary>The label <paramref name="value"/> stands for (itself, or one of its aliases), or null when the list has no such word.</summary>
    public string? Label(VocabularyList list, string? value) =>
        value is not null && _labels[list].TryGetValue(Fold(value), out var label) ? label : null;

    /// <summary>
    /// The vocabulary of the content folder at <paramref name="contentRoot"/>, its faulty entries
    /// left out (the importer reports them); empty when the file is missing.
    /// </summary>
    public static ContentVocabulary Load(string contentRoot) =>
        Read(Path.GetFullPath(contentRoot), Path.GetFileName(Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar)), []);

    /// <summary>The word file names in YAML for each list.</summary>
    public static string Key(VocabularyList list) => list switch
    {
        VocabularyList.Publics => "publics",
        VocabularyList.Porteurs => "porteurs",
        VocabularyList.Applicants => "demandeurs",
        _ => "services",
    };

    /// <summary>« Bénéficiaires du  RSA », « beneficiaires du rsa » → the same key; « œ » → « oe », ’ → '.</summary>
    public static string Fold(string text)
    {
        var letters = text.Trim().Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => c == '’' ? '\'' : char.ToLowerInvariant(c));
        var folded = new StringBuilder();
        foreach (var c in letters)
        {
            if (char.IsWhiteSpace(c) && (folded.Length == 0 || folded[^1] == ' '))
            {
                continue;
            }
            folded.Append(char.IsWhiteSpace(c) ? " " : c switch { 'œ' => "oe", 'æ' => "ae", _ => c.ToString() });
        }
        return folded.ToString();
    }

    internal static ContentVocabulary Read(string root, string displayRoot, List<ContentError> errors)
    {
        var path = Path.Combine(root, ContentReader.ReferenceFolder, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }
        var file = $"{displayRoot}/{ContentReader.ReferenceFolder}/{FileName}";
        try
        {
            var yaml = YamlText.Parse(ContentReader.ReadText(path), 1);
            var data = yaml.Deserialize<VocabularyYaml>();
            var lists = new Dictionary<VocabularyList, List<VocabularyTermYaml>?>
            {
                [VocabularyList.Publics] = data.Publics,
                [VocabularyList.Porteurs] = data.Porteurs,
                [VocabularyList.Applicants] = data.Demandeurs,
                [VocabularyList.Services] = data.Services,
            };
            return new ContentVocabulary(lists.ToDictionary(l => l.Key, l => (IReadOnlyList<VocabularyTerm>)Terms(l.Value, Key(l.Key), file, yaml, errors)));
        }
        catch (ContentFormatException e)
        {
            errors.Add(new ContentError(file, e.Line, e.Message));
            return Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ContentError(file, 1, $"the file could not be read: {e.Message}"));
            return Empty;
        }
    }

    /// <summary>The valid terms of one list; a term without a label, or a wording another term of the list already has, is an error.</summary>
    private static List<VocabularyTerm> Terms(List<VocabularyTermYaml>? items, string key, string file, YamlText yaml, List<ContentError> errors)
    {
        var terms = new List<VocabularyTerm>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i];
            if (string.IsNullOrWhiteSpace(item.Label))
            {
                errors.Add(new ContentError(file, yaml.LineOf($"{key}[{i}]"), $"'{key}[{i}].label' is required"));
                continue;
            }
            var aliases = (item.Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
            // Only the terms before this one are in owners: any wording found there is taken.
            var clash = aliases.Prepend(item.Label).FirstOrDefault(w => owners.ContainsKey(Fold(w)));
            if (clash is not null)
            {
                errors.Add(new ContentError(file, yaml.LineOf($"{key}[{i}]"), $"'{clash}' already stands for '{owners[Fold(clash)]}' in {key}: one wording, one label"));
                continue;
            }
            foreach (var wording in aliases.Prepend(item.Label))
            {
                owners[Fold(wording)] = item.Label;
            }
            terms.Add(new VocabularyTerm(item.Label, aliases));
        }
        return terms;
    }
}
