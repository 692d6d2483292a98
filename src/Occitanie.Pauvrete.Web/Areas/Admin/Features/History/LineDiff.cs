using DiffPlex;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.History;

public enum LineChange
{
    Same,
    Removed,
    Added,
}

public sealed record DiffLine(LineChange Change, string Text);

/// <summary>
/// The lines of two texts (or two lists: intentions, contacts…) in order, each kept, removed or
/// added, as DiffPlex finds them (Myers' diff: the fewest removals and additions); in a changed
/// stretch the removed lines come first, then the added ones, as a reader expects.
/// </summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffLine> Of(string? before, string? after) => Of(Lines(before), Lines(after));

    public static IReadOnlyList<DiffLine> Of(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var diff = Differ.Instance.CreateDiffs(GivenLines.Before, GivenLines.After, ignoreWhiteSpace: false, ignoreCase: false, new GivenLines(before, after));
        var result = new List<DiffLine>();
        var kept = 0; // the next line of before not yet written
        foreach (var block in diff.DiffBlocks)
        {
            result.AddRange(before.Skip(kept).Take(block.DeleteStartA - kept).Select(line => new DiffLine(LineChange.Same, line)));
            result.AddRange(before.Skip(block.DeleteStartA).Take(block.DeleteCountA).Select(line => new DiffLine(LineChange.Removed, line)));
            result.AddRange(after.Skip(block.InsertStartB).Take(block.InsertCountB).Select(line => new DiffLine(LineChange.Added, line)));
            kept = block.DeleteStartA + block.DeleteCountA;
        }
        result.AddRange(before.Skip(kept).Select(line => new DiffLine(LineChange.Same, line)));
        return result;
    }

    /// <summary>A text's lines, whatever its line ends; none for an empty text.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.ReplaceLineEndings("\n").Split('\n');

    /// <summary>
    /// DiffPlex cuts two texts into pieces with a chunker; the lines here are already cut (and a list's
    /// item may hold a line break), so the two texts are mere names and the chunker hands the lines back.
    /// </summary>
    private sealed class GivenLines(IReadOnlyList<string> before, IReadOnlyList<string> after) : IChunker
    {
        public const string Before = "before";
        public const string After = "after";

        public IReadOnlyList<string> Chunk(string text) => text == Before ? before : after;
    }
}
