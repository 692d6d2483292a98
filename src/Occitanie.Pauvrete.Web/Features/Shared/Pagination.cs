namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// What the _Pagination partial needs: the current page, how many there are, the address of each
/// (which keeps the list's filters) and the name of the navigation for screen readers.
/// </summary>
public sealed record Pagination(int Page, int PageCount, Func<int, string> Url, string Label)
{
    /// <summary>A window of page numbers around the current page, with the first and the last always shown.</summary>
    public IReadOnlyList<int> Numbers() =>
        [.. Enumerable.Range(1, PageCount).Where(p => PageCount <= 7 || p == 1 || p == PageCount || Math.Abs(p - Page) <= 2)];
}
