using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

/// <summary>The items of a type known only at run time (a kind's entity, a link's target), queried on their common base.</summary>
internal static class ItemSets
{
    private static readonly MethodInfo _set = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;

    public static IQueryable<EditableEntity> Of(PortalDbContext db, Type entityType) =>
        (IQueryable<EditableEntity>)_set.MakeGenericMethod(entityType).Invoke(db, null)!;

    /// <summary>Titles of the given items, whatever their type, as their kind shows them; ids of items that no longer exist are left out.</summary>
    public static async Task<Dictionary<Guid, string>> TitlesAsync(PortalDbContext db, IEnumerable<(Type EntityType, Guid Id)> items, CancellationToken cancellationToken)
    {
        var titles = new Dictionary<Guid, string>();
        foreach (var group in items.GroupBy(i => i.EntityType))
        {
            var ids = group.Select(i => i.Id).Distinct().ToList();
            var found = await Of(db, group.Key).AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
            foreach (var item in found)
            {
                var kind = ContentKinds.ByEntityName(group.Key.Name);
                titles[item.Id] = kind?.TitleOf(item) ?? item.Key;
            }
        }
        return titles;
    }

    /// <summary>
    /// Where each property holding the id of another item points (a measure's AxisId to an axis, its
    /// Intentions to intentions), from the model: foreign keys and many-to-many links.
    /// </summary>
    public static Dictionary<string, Type> LinkTargets(PortalDbContext db, Type entityType)
    {
        var model = db.Model.FindEntityType(entityType)
            ?? throw new InvalidOperationException($"{entityType.Name} is not in the model.");
        var targets = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var key in model.GetForeignKeys().Where(fk => fk.Properties.Count == 1 && !fk.IsOwnership))
        {
            targets[key.Properties[0].Name] = key.PrincipalEntityType.ClrType;
        }
        foreach (var link in model.GetSkipNavigations())
        {
            targets[link.Name] = link.TargetEntityType.ClrType;
        }
        return targets;
    }
}
