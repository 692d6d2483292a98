using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Data;

public static class PublishedQueries
{
    /// <summary>Only what the public may see: drafts stay in the admin.</summary>
    public static IQueryable<T> Published<T>(this IQueryable<T> items)
        where T : EditableEntity => items.Where(i => i.Status == PublicationStatus.Published);

    /// <summary>
    /// Only what the public may see, unless <paramref name="includeUnpublished"/>: staff's preview
    /// of one item then finds it whatever its status (a draft, an item in the trash).
    /// </summary>
    public static IQueryable<T> PublishedUnless<T>(this IQueryable<T> items, bool includeUnpublished)
        where T : EditableEntity => includeUnpublished ? items : items.Published();
}
