using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

/// <summary>Another item of the same type that already has a value the database keeps unique, and which one.</summary>
public sealed record UniqueClash(IReadOnlyList<IProperty> Properties, EditableEntity Other);

/// <summary>
/// The database's unique indexes (slug, axis number, INSEE code…), checked before a save so staff
/// read a sentence, not a constraint error. The trash counts: a trashed item keeps its slug.
/// </summary>
public static class UniqueValues
{
    public static async Task<UniqueClash?> FindClashAsync(PortalDbContext db, EntityEntry entry, CancellationToken cancellationToken)
    {
        var item = (EditableEntity)entry.Entity;
        foreach (var index in entry.Metadata.GetIndexes().Where(i => i.IsUnique))
        {
            var properties = index.Properties.Select(p => entry.Property(p.Name)).ToList();
            if (properties.Any(p => p.CurrentValue is null))
            {
                continue;
            }
            var parameter = Expression.Parameter(typeof(EditableEntity), "e");
            Expression body = Expression.NotEqual(Expression.Property(parameter, nameof(EditableEntity.Id)), SqlParameter(item.Id, typeof(Guid)));
            foreach (var property in properties)
            {
                var type = property.Metadata.ClrType;
                var read = Expression.Call(typeof(EF), nameof(EF.Property), [type], parameter, Expression.Constant(property.Metadata.Name));
                body = Expression.AndAlso(body, Expression.Equal(read, SqlParameter(property.CurrentValue, type)));
            }
            var other = await ItemSets.Of(db, entry.Metadata.ClrType).AsNoTracking()
                .FirstOrDefaultAsync(Expression.Lambda<Func<EditableEntity, bool>>(body, parameter), cancellationToken);
            if (other is not null)
            {
                return new UniqueClash([.. properties.Select(p => (IProperty)p.Metadata)], other);
            }
        }
        return null;
    }

    /// <summary>
    /// A value EF Core sends as an SQL parameter: read from an object, as a lambda's captured
    /// variable is. A constant would be written into the SQL, and each save would compile a query
    /// of its own and keep it in EF Core's cache, pushing out the public pages' queries.
    /// </summary>
    private static MemberExpression SqlParameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Captured<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Captured<object>.Value));
    }

    private sealed record Captured<T>(T Value);
}
