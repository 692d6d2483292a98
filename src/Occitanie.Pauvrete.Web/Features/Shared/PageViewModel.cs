namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>A step of the breadcrumb; the last one, the current page, has no link.</summary>
public sealed record Crumb(string Label, string? Url = null);

/// <summary>What the layout needs from every page: its title, description and breadcrumb.</summary>
public abstract record PageViewModel(string Title, string Description)
{
    /// <summary>From the home page (excluded) to the current page (included); empty on the home page.</summary>
    public IReadOnlyList<Crumb> Breadcrumb { get; init; } = [];
}
