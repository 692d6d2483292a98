using System.Collections.Concurrent;
using System.ComponentModel;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// Keys a cached page by the query parameters its action reads, and by no other: `/mesures?x=1`,
/// `?x=2`… are the page `/mesures` (which ignores them) and share its one entry, so nobody can fill
/// the cache or force renders by inventing parameters. The output cache's default keys a page by
/// every parameter of the query. The parameters are those the action binds from the query (by
/// name, or by the name given in <c>[FromQuery(Name = …)]</c>), found once per action; a page reads
/// the query only through its action's parameters.
/// </summary>
public sealed class KnownQueryKeysPolicy : IOutputCachePolicy
{
    private static readonly ConcurrentDictionary<string, StringValues> _keysOfAction = new(StringComparer.Ordinal);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var action = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>();
        // Not an action (a static file, a health check): its answer does not depend on the query.
        context.CacheVaryByRules.QueryKeys = action is null ? StringValues.Empty : _keysOfAction.GetOrAdd(action.Id, _ => KeysOf(action));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>
    /// The query names of the action's parameters bound from the query or by default binding, route
    /// values aside; every key (« * », the default) when one of them is an object whose properties
    /// bind under names of their own. An array of simple values (<c>string[] m</c>) binds from its
    /// one key repeated (<c>?m=a&amp;m=b</c>).
    /// </summary>
    public static StringValues KeysOf(ControllerActionDescriptor action)
    {
        var template = action.AttributeRouteInfo?.Template ?? "";
        var fromQuery = action.Parameters
            .Where(p => p.BindingInfo?.BindingSource is null || p.BindingInfo.BindingSource == BindingSource.Query || p.BindingInfo.BindingSource == BindingSource.ModelBinding)
            .Where(p => p.ParameterType != typeof(CancellationToken))
            .Where(p => !template.Contains($"{{{p.Name}", StringComparison.OrdinalIgnoreCase))
            .ToList();
        static bool FromOneKey(Type type) => TypeDescriptor.GetConverter(type).CanConvertFrom(typeof(string))
            || (type.IsArray && TypeDescriptor.GetConverter(type.GetElementType()!).CanConvertFrom(typeof(string)));
        if (fromQuery.Any(p => !FromOneKey(p.ParameterType)))
        {
            return "*";
        }
        return new StringValues([.. fromQuery.Select(p => p.BindingInfo?.BinderModelName ?? p.Name).Order(StringComparer.Ordinal)]);
    }
}
