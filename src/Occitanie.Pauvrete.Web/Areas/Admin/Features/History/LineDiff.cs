namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.History;

public enum LineChange
{
    Same,
    Removed,
    Added,
}

public sealed record DiffLine(LineChange Change, string Text);

/// <summary>
/// The lines of two texts in order, each kept, removed or added: a longest common subsequence,
/// which is what a reader expects from a diff and small enough for the texts of the portal.
/// </summary>
public static class LineDiff
{
    /// <summary>Above this many cells the table costs too much memory: the texts are shown as all removed then all added.</summary>
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffLine> Of(string? before, string? after) => Of(Lines(before), Lines(after));

    public static IReadOnlyList<DiffLine> Of(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var result = new List<DiffLine>();
        // The common start and end are kept as they are; only the middle needs the table.
        var start = 0;
        while (start < before.Count && start < after.Count && before[start] == after[start])
        {
            start++;
        }
        var endBefore = before.Count;
        var endAfter = after.Count;
        while (endBefore > start && endAfter > start && before[endBefore - 1] == after[endAfter - 1])
        {
            endBefore--;
            endAfter--;
        }

        for (var i = 0; i < start; i++)
        {
            result.Add(new DiffLine(LineChange.Same, before[i]));
        }
        Middle(before, start, endBefore, after, start, endAfter, result);
        for (var i = endBefore; i < before.Count; i++)
        {
            result.Add(new DiffLine(LineChange.Same, before[i]));
        }
        return result;
    }

    /// <summary>A text's lines, whatever its line ends; none for an empty text.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.ReplaceLineEndings("\n").Split('\n');

    private static void Middle(IReadOnlyList<string> a, int a0, int a1, IReadOnlyList<string> b, int b0, int b1, List<DiffLine> result)
    {
        var n = a1 - a0;
        var m = b1 - b0;
        if ((long)n * m > MaxCells)
        {
            for (var i = a0; i < a1; i++)
            {
                result.Add(new DiffLine(LineChange.Removed, a[i]));
            }
            for (var j = b0; j < b1; j++)
            {
                result.Add(new DiffLine(LineChange.Added, b[j]));
            }
            return;
        }

        // common[i, j]: length of the longest common subsequence of a[i..] and b[j..].
        var common = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                common[i, j] = a[a0 + i] == b[b0 + j]
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (a[a0 + x] == b[b0 + y])
            {
                result.Add(new DiffLine(LineChange.Same, a[a0 + x]));
                x++;
                y++;
            }
            else if (common[x + 1, y] >= common[x, y + 1])
            {
                result.Add(new DiffLine(LineChange.Removed, a[a0 + x]));
                x++;
            }
            else
            {
                result.Add(new DiffLine(LineChange.Added, b[b0 + y]));
                y++;
            }
        }
        for (; x < n; x++)
        {
            result.Add(new DiffLine(LineChange.Removed, a[a0 + x]));
        }
        for (; y < m; y++)
        {
            result.Add(new DiffLine(LineChange.Added, b[b0 + y]));
        }
    }
}
