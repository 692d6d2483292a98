using System.Text.RegularExpressions;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Content;

/// <summary>
/// reference/vocabulaires.yml: one label per concept, written the same everywhere; the values of
/// the content files are stored as their label, whatever their case, accents or wording.
/// </summary>
public sealed partial class VocabularyTests : IDisposable
{
    private static readonly ContentVocabulary _vocabulary = ContentReader.Read(Paths.Content).Set.Vocabulary;

    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    public static TheoryData<VocabularyList> Lists => [.. Enum.GetValues<VocabularyList>()];

    [Theory]
    [MemberData(nameof(Lists))]
    public void Each_list_has_labels_capitalised_as_french_titles_are(VocabularyList list)
    {
        var terms = _vocabulary.Terms(list);

        Assert.NotEmpty(terms);
        Assert.All(terms, t => Assert.True(char.IsUpper(t.Label[0]), $"{ContentVocabulary.Key(list)}: « {t.Label} » does not start with a capital"));
        Assert.Equal(terms.Count, terms.Select(t => ContentVocabulary.Fold(t.Label)).Distinct().Count());
    }

    /// <summary>An alias is another wording of the same concept, not a word of the editors: a source prints it.</summary>
    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_alias_is_a_wording_a_source_prints(VocabularyList list)
    {
        var sources = string.Join("\n", Directory.EnumerateFiles(Path.Combine(Paths.Content, "sources"), "*.txt")
            .Select(f => ContentVocabulary.Fold(Spaces().Replace(File.ReadAllText(f).Replace("**", "", StringComparison.Ordinal), " "))));

        var unprinted = _vocabulary.Terms(list).SelectMany(t => t.Aliases)
            .Where(alias => !sources.Contains(ContentVocabulary.Fold(alias), StringComparison.Ordinal))
            .ToList();

        Assert.True(unprinted.Count == 0, $"Aliases of '{ContentVocabulary.Key(list)}' no source prints: {string.Join(", ", unprinted)}");
    }

    [Fact]
    public void The_portal_s_vocabulary_is_the_one_the_importer_reads()
    {
        var loaded = ContentVocabulary.Load(Paths.Content);

        Assert.All(Enum.GetValues<VocabularyList>(), list =>
            Assert.Equal(_vocabulary.Terms(list).Select(t => t.Label), loaded.Terms(list).Select(t => t.Label)));
    }

    [Fact]
    public void A_value_is_stored_as_its_label_whatever_its_case_accents_spacing_or_wording()
    {
        _content.Write("mesures/x.md", """
            ---
            title: "Titre"
            axis: acces-aux-droits
            publics: ["FAMILLES", "beneficiaires du  RSA", "familles"]
            porteurs: ["conseil départemental", "ccas", "CIAS", "Etat"]
            applicants: ["Syndicats intercommunaux", "municipalité"]
            contacts:
              - name: "Direction départementale de la cohésion sociale (DDETS) de votre département"
                service: "ddets"
            sources: [{ document: 003_07d57dd302962500.txt }]
            ---
            Texte.
            """);

        var (set, errors) = ContentReader.Read(_content.Path);

        Assert.Empty(errors);
        var measure = set.Measures.Single(m => m.Key == "x").Data;
        Assert.Equal(["Familles", "Bénéficiaires du RSA"], measure.Publics!);
        Assert.Equal(["Département", "CCAS ou CIAS", "État"], measure.Porteurs!);
        Assert.Equal(["EPCI", "Commune"], measure.Applicants!);
        Assert.Equal("DDETS", measure.Contacts!.Single().Service);
    }

    [Fact]
    public void A_wording_given_to_two_labels_is_reported_at_its_line_and_the_first_kept()
    {
        var file = $"{ContentReader.ReferenceFolder}/{ContentVocabulary.FileName}";
        var text = _content.Read(file);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        _content.Write(file, text + "  - label: \"Caisse d'allocations familiales\"\n");
        var line = text.Split('\n').Length;

        var (set, errors) = ContentReader.Read(_content.Path);

        var error = Assert.Single(errors);
        Assert.Equal($"content/{file}:{line}: 'Caisse d'allocations familiales' already stands for 'CAF' in services: one wording, one label", error.ToString());
        Assert.Equal("CAF", set.Vocabulary.Label(VocabularyList.Services, "caisse d'allocations familiales"));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
