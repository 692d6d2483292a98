namespace Occitanie.Pauvrete.Web.Features.Search;

/// <summary>What a search result can be, in the order the results page shows the groups.</summary>
public enum SearchKind
{
    Intention,
    Measure,
    Workshop,
    Axis,
    PressRelease,
    Conference,
    WorkingGroup,
    Page,
}

/// <summary>
/// One published item as the index holds it: its page, its title and its whole text in plain
/// words. <see cref="Context"/> holds the titles of what the item is linked to (a measure's
/// intentions and axis, a workshop's intention and measures): searched with a lower weight, so
/// that « crèche » also finds the measures that answer the intention about crèches, but never
/// shown in an excerpt.
/// </summary>
public sealed record SearchDocument(SearchKind Kind, string Title, string Url, string Text, string Context = "");
