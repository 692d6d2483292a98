using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Content;

/// <summary>Every file of the repository's content/ parses and validates.</summary>
public sealed class ContentFilesTests
{
    private static readonly ContentReadResult _read = ContentReader.Read(Paths.Content);

    [Fact]
    public void Every_content_file_is_valid()
    {
        Assert.True(_read.Errors.Count == 0, "Content errors:\n" + string.Join("\n", _read.Errors));
    }

    [Fact]
    public void Every_markdown_file_of_content_is_read()
    {
        var markdownFiles = Directory.EnumerateFiles(Paths.Content, "*.md", SearchOption.AllDirectories)
            .Count(f => Path.GetDirectoryName(f) != Paths.Content);
        var set = _read.Set;
        var read = set.Axes.Count + set.Intentions.Count + set.Measures.Count + set.Workshops.Count + set.Conferences.Count
            + set.PressReleases.Count + set.WorkingGroups.Count + set.Pages.Count;
        Assert.Equal(markdownFiles, read);
    }

    [Fact]
    public void The_six_axes_and_seven_intentions_are_there()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6], _read.Set.Axes.Select(a => a.Data.Number!.Value).Order());
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], _read.Set.Intentions.Select(i => i.Data.Order!.Value).Order());
    }

    [Fact]
    public void Each_kind_holds_real_items()
    {
        var set = _read.Set;
        Assert.Equal(13, set.Departements.Count);
        Assert.Equal(3, set.Metropoles.Count);
        Assert.Equal(6, set.FundingLines.Count);
        Assert.Equal(3, set.PressReleases.Count);
        Assert.Equal(3, set.Conferences.Count);
        Assert.Equal(23, set.Workshops.Count);
        Assert.True(set.Measures.Count >= 5, $"{set.Measures.Count} measures");
        Assert.NotEmpty(set.WorkingGroups);
        Assert.NotEmpty(set.Pages);
        Assert.NotEmpty(set.KeyFigures);
    }
}
