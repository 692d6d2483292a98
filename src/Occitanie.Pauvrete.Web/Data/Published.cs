using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Data;

public static class PublishedQueries
{
    /// <summary>Only what the public may see: drafts stay in the admin.</summary>
    public static IQueryable<T> Published<T>(this IQueryable<T> items)
        where T : EditableEntity => items.Where(i => i.Status == PublicationStatus.Published);
}
