using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Startup;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Data;

/// <summary>
/// The content round trip (issue 17, decision 0021): the database written back as content/ files
/// that the importer reads as they were, and content/ given back by an export right after its import.
/// </summary>
public sealed class ContentExportTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_export_right_after_the_import_of_content_gives_content_back_byte_for_byte()
    {
        var exported = await ExportAsync(portal, keepUnchangedFiles: true);

        AssertSameFiles(FilesOf(Paths.Content), exported);
    }

    [Fact]
    public async Task An_export_imported_into_an_empty_database_gives_the_same_items_and_exports_to_the_same_files()
    {
        using var first = new ContentFolder(copyRepositoryContent: false);
        var exported = await ExportAsync(portal, keepUnchangedFiles: false);
        foreach (var (relative, bytes) in exported)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(first.Path, relative))!);
            await File.WriteAllBytesAsync(Path.Combine(first.Path, relative), bytes);
        }

        // The same items and fields: every document read from the export says what the one read from content/ says.
        var (fromRepository, repositoryErrors) = ContentReader.Read(Paths.Content);
        var (fromExport, exportErrors) = ContentReader.Read(first.Path);
        Assert.Empty(repositoryErrors);
        Assert.Empty(exportErrors);
        Assert.Equal(fromRepository.Count, fromExport.Count);
        // (A list file's items come in key order when written anew: the database keeps no order for them.)
        var differing = Hashes(fromRepository).Except(Hashes(fromExport)).ToList();
        Assert.True(differing.Count == 0, string.Join("\n", differing.Take(3)) + "\n" + string.Join("\n", Hashes(fromExport).Except(Hashes(fromRepository)).Take(3)));
        Assert.Equal(Hashes(fromRepository).Order(StringComparer.Ordinal), Hashes(fromExport).Order(StringComparer.Ordinal));

        // Imported into an empty database, then exported again: the very same files.
        await using var second = new PortalFactory { ContentPath = first.Path };
        var again = await ExportAsync(second, keepUnchangedFiles: false);
        AssertSameFiles(exported, again);
    }

    [Fact]
    public async Task The_export_content_command_writes_the_folder_and_removes_the_files_of_items_in_the_trash()
    {
        using var folder = new ContentFolder();
        folder.Write("mesures/une-mesure-supprimee-depuis.md", "---\ntitle: \"x\"\n---\n");
        using var output = new StringWriter();

        var exitCode = await PortalCommands.Parse(["export-content", folder.Path])!.RunAsync(portal.Services, output);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 removed", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "mesures", "une-mesure-supprimee-depuis.md")));
        AssertSameFiles(FilesOf(Paths.Content), FilesOf(folder.Path));
    }

    [Fact]
    public async Task Export_content_without_a_folder_prints_the_usage()
    {
        using var output = new StringWriter();

        var exitCode = await PortalCommands.Parse(["export-content"])!.RunAsync(portal.Services, output);

        Assert.Equal(2, exitCode);
        Assert.Contains("export-content FOLDER", output.ToString(), StringComparison.Ordinal);
    }

    private static async Task<SortedDictionary<string, byte[]>> ExportAsync(PortalFactory factory, bool keepUnchangedFiles)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ContentExporter>().ExportAsync(keepUnchangedFiles);
    }

    internal static SortedDictionary<string, byte[]> FilesOf(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>The same paths and bytes; on a difference, the first lines that differ, as a diff would show them.</summary>
    internal static void AssertSameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        var differences = new StringBuilder();
        foreach (var (path, bytes) in expected)
        {
            if (!bytes.AsSpan().SequenceEqual(actual[path]))
            {
                var want = Encoding.UTF8.GetString(bytes).Split('\n');
                var got = Encoding.UTF8.GetString(actual[path]).Split('\n');
                var line = Enumerable.Range(0, Math.Max(want.Length, got.Length)).First(i => i >= want.Length || i >= got.Length || want[i] != got[i]);
                differences.Append(path).Append(':').Append(line + 1).Append("\n- ").Append(want.ElementAtOrDefault(line))
                    .Append("\n+ ").Append(got.ElementAtOrDefault(line)).Append('\n');
            }
        }
        Assert.True(differences.Length == 0, differences.ToString());
    }

    /// <summary>What a document says: its YAML's values and its body.</summary>
    private static string Line<T>(string kind, ContentDocument<T> document)
        where T : class
    {
        // Links between items (a measure's intentions, a workshop's measures) have no order in the
        // database: the export writes them in key order (decision 0021).
        switch (document.Data)
        {
            case MeasureYaml measure:
                measure.Intentions?.Sort(StringComparer.Ordinal);
                break;
            case WorkshopYaml workshop:
                workshop.Measures?.Sort(StringComparer.Ordinal);
                break;
        }
        return $"{kind} {document.Key} {System.Text.Json.JsonSerializer.Serialize(document.Data)} {YamlText.Hash(document.Body)}";
    }

    private static List<string> Hashes(ContentSet set) =>
    [
        .. set.SourceDocuments.Select(d => Line("sources", d)),
        .. set.Departements.Select(d => Line("departements", d)),
        .. set.Metropoles.Select(d => Line("metropoles", d)),
        .. set.LocalContacts.Select(d => Line("contacts-locaux", d)),
        .. set.PressContacts.Select(d => Line("contacts-presse", d)),
        .. set.Axes.Select(d => Line("axes", d)),
        .. set.Intentions.Select(d => Line("intentions", d)),
        .. set.Measures.Select(d => Line("mesures", d)),
        .. set.Conferences.Select(d => Line("conferences", d)),
        .. set.Workshops.Select(d => Line("ateliers", d)),
        .. set.PressReleases.Select(d => Line("communiques", d)),
        .. set.WorkingGroups.Select(d => Line("groupes-de-travail", d)),
        .. set.Pages.Select(d => Line("pages", d)),
        .. set.FundingLines.Select(d => Line("financements", d)),
        .. set.KeyFigures.Select(d => Line("chiffres-cles", d)),
    ];
}
