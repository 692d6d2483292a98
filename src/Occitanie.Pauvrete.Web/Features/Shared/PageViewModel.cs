namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// A step of the breadcrumb. Every step is a link, the current page's too (marked
/// aria-current="page"): to <see cref="Url"/> when given, else to the address the page was asked at.
/// </summary>
public sealed record Crumb(string Label, string? Url = null)
{
    /// <summary>The public site's first step, before every page's <see cref="PageViewModel.Breadcrumb"/>.</summary>
    public static Crumb Home { get; } = new("Accueil", PublicPaths.Home);
}

/// <summary>
/// What the layout needs from every page: its title, description and breadcrumb, and what it
/// tells search engines and social networks about itself (Open Graph type, schema.org data).
/// </summary>
/// <remarks>
/// A page model with many fields keeps positional only what its title and description are made
/// of, and names the rest (<c>required</c> init properties set by an object initializer): two
/// texts or two lists of the same type cannot then be swapped without the compiler seeing it.
/// </remarks>
public abstract record PageViewModel(string Title, string Description)
{
    /// <summary>From the home page (excluded) to the current page (included); empty on the home page.</summary>
    public IReadOnlyList<Crumb> Breadcrumb { get; init; } = [];

    /// <summary>The Open Graph type: "website", or "article" for a dated piece such as a press release.</summary>
    public virtual string OpenGraphType => "website";

    /// <summary>When an article was published (Open Graph's article:published_time); null for other pages.</summary>
    public virtual DateOnly? PublishedOn => null;

    /// <summary>
    /// The page's item as schema.org data (see <see cref="SchemaOrg"/>), written by the layout as
    /// JSON-LD; null when the page describes no single item.
    /// </summary>
    /// <param name="pageUrl">The page's absolute canonical address.</param>
    public virtual SchemaOrg.Thing? StructuredData(string pageUrl) => null;
}
