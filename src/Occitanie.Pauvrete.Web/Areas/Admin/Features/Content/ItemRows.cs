using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

/// <summary>One item of any kind as lists across kinds show it; <see cref="Kind"/> is the kind's slug.</summary>
public sealed class ItemRow
{
    public string Kind { get; init; } = "";

    public Guid Id { get; init; }

    public string Title { get; init; } = "";

    public PublicationStatus Status { get; init; }

    public DateTime UpdatedAt { get; init; }

    public string UpdatedBy { get; init; } = "";

    /// <summary>When its pending version was saved; null when it has none (decision 0013).</summary>
    public DateTime? PendingSavedAt { get; init; }

    public string? PendingSavedBy { get; init; }

    /// <summary>When a draft is to be published by itself (decision 0019); null when not scheduled.</summary>
    public DateTime? PublishAt { get; init; }

    /// <summary>When a published item is to go back to draft by itself.</summary>
    public DateTime? UnpublishAt { get; init; }

    public string? ScheduledBy { get; init; }
}

/// <summary>
/// Every kind's items in one query: the kinds live in tables of their own, so this is one UNION ALL
/// over them (built from <see cref="ContentKinds.All"/>), to filter, sort and cut in SQL.
/// </summary>
public static class ItemRows
{
    private static readonly MethodInfo _rowsOf = typeof(ItemRows).GetMethod(nameof(RowsOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IQueryable<ItemRow> Of(PortalDbContext db) =>
        ContentKinds.All
            .Select(k => (IQueryable<ItemRow>)_rowsOf.MakeGenericMethod(k.EntityType).Invoke(null, [db, k])!)
            .Aggregate((all, next) => all.Concat(next));

    private static IQueryable<ItemRow> RowsOf<T>(PortalDbContext db, ContentKind kind)
        where T : EditableEntity
    {
        var slug = kind.Slug;
        var title = kind.TitleProperty;
        return db.Set<T>().AsNoTracking().Select(e => new ItemRow
        {
            Kind = slug,
            Id = e.Id,
            Title = EF.Property<string>(e, title),
            Status = e.Status,
            UpdatedAt = e.UpdatedAt,
            UpdatedBy = e.UpdatedBy,
            PendingSavedAt = e.PendingSavedAt,
            PendingSavedBy = e.PendingSavedBy,
            PublishAt = e.PublishAt,
            UnpublishAt = e.UnpublishAt,
            ScheduledBy = e.ScheduledBy,
        });
    }
}
