using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Content;

/// <summary>
/// A content file built to hurt the import (a body Markdig cannot render, a YAML alias bomb, YAML
/// nested deep enough to overflow the stack, a huge file, a symbolic link) is reported and left
/// out; every other file is read.
/// </summary>
public sealed class HostileContentTests : IDisposable
{
    private const string Measure = "---\ntitle: \"Titre\"\naxis: acces-aux-droits\nsources: [{ document: 003_07d57dd302962500.txt }]\n";

    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    /// <summary>633 bytes that grew past 3 GB in 26 s when their aliases were expanded.</summary>
    private static string BillionLaughs()
    {
        var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            yaml += $"{level}: &{level} [{string.Join(",", Enumerable.Repeat($"*{previous}", 9))}]\n";
        }
        return yaml;
    }

    public static TheoryData<string, string, string> HostileFiles { get; } = new()
    {
        { "mesures/profonde.md", Measure + "---\n" + new string('>', 130) + "\n", "content/mesures/profonde.md:1: the file cannot be shown: quotes or lists nested more than 32 levels" },
        { "mesures/emphase.md", Measure + "---\n" + new string('*', 10_000) + "x" + new string('*', 10_000) + "\n", "content/mesures/emphase.md:1: the file cannot be shown: a run of more than 1000 characters" },
        { "mesures/longue.md", Measure + "---\n" + string.Concat(Enumerable.Repeat("Un texte ordinaire. ", 1_100)) + "\n", "content/mesures/longue.md:6: the text after the front matter cannot be shown: longer than 20000 characters" },
        { "mesures/enorme.md", Measure + "---\n" + string.Concat(Enumerable.Repeat("Un texte ordinaire. ", 500_000)) + "\n", "content/mesures/enorme.md:1: the file holds" },
        { "mesures/detail.md", Measure + "how_to_apply: \"" + new string('>', 40) + " x\"\n---\nTexte.\n", "content/mesures/detail.md:5: 'how_to_apply' cannot be shown: quotes or lists nested" },
        { "mesures/alias.md", Measure.Replace("title: \"Titre\"", "title: &t \"Titre\"", StringComparison.Ordinal) + "summary: *t\n---\nTexte.\n", "content/mesures/alias.md:2: YAML anchors (&name) are not allowed" },
        { "mesures/imbriquee.md", Measure + "summary: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\nTexte.\n", "content/mesures/imbriquee.md:1: the file cannot be shown: '[' nested more than 32 levels" },
        { "reference/financements.yml", BillionLaughs(), "content/reference/financements.yml:1: YAML anchors (&name) are not allowed" },
        { "reference/metropoles.yml", new string('[', 100_000) + new string(']', 100_000), "content/reference/metropoles.yml:1: the YAML nests lists and mappings more than 16 levels deep" },
        { "mesures/titre.md", Measure.Replace("\"Titre\"", $"\"{new string('a', 501)}\"", StringComparison.Ordinal) + "---\nTexte.\n", "content/mesures/titre.md:2: 'title' has 501 characters, more than the 500 its column in the database holds" },
        { "mesures/financement.md", Measure + "funding: \"" + new string('a', 600) + "\"\n---\nTexte.\n", "content/mesures/financement.md:5: 'funding' has 600 characters, more than the 500" },
        { $"mesures/{string.Join("-", Enumerable.Repeat("adresse", 30))}.md", Measure + "---\nTexte.\n", "content/mesures/adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse-adresse.md:1: the file name has 239 characters before '.md', more than the 160" },
        { "reference/financements.yml", "- slug: ligne\n  label: \"" + new string('a', 501) + "\"\n  year: 2023\n  amount: 1\n  sources: [{ document: 003_07d57dd302962500.txt }]\n", "content/reference/financements.yml:2: 'label' has 501 characters, more than the 500" },
        { "reference/chiffres-cles.yml", string.Join("\n", Enumerable.Range(0, 100).Select(i => new string(' ', i * 2) + "- a:")), "content/reference/chiffres-cles.yml:9: the YAML nests lists and mappings more than 16 levels deep" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void A_hostile_file_is_reported_and_the_others_are_read(string file, string text, string expected)
    {
        var before = ContentReader.Read(_content.Path).Set;
        _content.Write(file, text);

        var (set, errors) = ContentReader.Read(_content.Path);

        var error = Assert.Single(errors);
        Assert.StartsWith(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before.Axes.Count, set.Axes.Count);
        Assert.Equal(before.PressReleases.Count, set.PressReleases.Count);
    }

    [Fact]
    public void A_symbolic_link_is_not_followed()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"portal-secret-{Guid.NewGuid():N}.md");
        File.WriteAllText(outside, Measure + "---\nTexte venu d'ailleurs.\n");
        try
        {
            File.CreateSymbolicLink(Path.Combine(_content.Path, "mesures", "lien.md"), outside);

            var (set, errors) = ContentReader.Read(_content.Path);

            var error = Assert.Single(errors);
            Assert.StartsWith("content/mesures/lien.md:1: the file is a symbolic link", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(set.Measures, m => m.Key == "lien");
            Assert.NotEmpty(set.Measures);
        }
        finally
        {
            File.Delete(outside);
        }
    }
}
