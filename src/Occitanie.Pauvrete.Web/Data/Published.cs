using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Data;

public static class PublishedQueries
{
    /// <summary>
    /// Only what the public may see: drafts and the trash stay in the admin. Works on any context,
    /// with or without <see cref="PublishedInterceptor"/>.
    /// </summary>
    public static IQueryable<T> Published<T>(this IQueryable<T> items)
        where T : EditableEntity => items.Where(Definition<T>.IsPublished);

    /// <summary>
    /// Only what the public may see, unless <paramref name="includeUnpublished"/>: staff's preview
    /// of one item then finds it whatever its status (a draft, an item in the trash).
    /// </summary>
    public static IQueryable<T> PublishedUnless<T>(this IQueryable<T> items, bool includeUnpublished)
        where T : EditableEntity => includeUnpublished ? items : items.Published();

    /// <summary><see cref="EditableEntity.IsPublishedDefinition"/> for a set of <typeparamref name="T"/>, built once per type.</summary>
    private static class Definition<T>
        where T : EditableEntity
    {
        public static readonly Expression<Func<T, bool>> IsPublished = Of();

        private static Expression<Func<T, bool>> Of()
        {
            var definition = EditableEntity.IsPublishedDefinition;
            var item = Expression.Parameter(typeof(T), definition.Parameters[0].Name);
            return Expression.Lambda<Func<T, bool>>(ReplacingExpressionVisitor.Replace(definition.Parameters[0], item, definition.Body), item);
        }
    }
}

/// <summary>
/// Lets every query ask « is it published? » through <see cref="EditableEntity.IsPublished"/> —
/// on the queried set, on a reference (<c>m.Axis!.IsPublished</c>) or inside a projection's
/// collection (<c>m.Intentions.Where(i => i.IsPublished)</c>). Before EF Core compiles a query,
/// each read of the property is replaced by its definition
/// (<see cref="EditableEntity.IsPublishedDefinition"/>), which it translates into the same SQL
/// statement as the rest of the query. <see cref="DataSetup"/> adds it to the portal's contexts; a
/// context built by hand needs <c>AddInterceptors(PublishedInterceptor.Instance)</c> to read the
/// property in a query (<see cref="PublishedQueries.Published"/> needs nothing).
/// </summary>
public sealed class PublishedInterceptor : IQueryExpressionInterceptor
{
    public static PublishedInterceptor Instance { get; } = new();

    private PublishedInterceptor()
    {
    }

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        new Expander().Visit(queryExpression);

    private sealed class Expander : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Member.DeclaringType == typeof(EditableEntity)
                && node.Member.Name == nameof(EditableEntity.IsPublished)
                && node.Expression is { } item)
            {
                var definition = EditableEntity.IsPublishedDefinition;
                return ReplacingExpressionVisitor.Replace(definition.Parameters[0], Visit(item), definition.Body);
            }
            return base.VisitMember(node);
        }
    }
}
