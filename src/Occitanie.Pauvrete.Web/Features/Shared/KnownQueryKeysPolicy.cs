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
/// <remarks>
/// The values of those parameters are free (a search's words, the number typed in an estimate, a
/// page number, any value of a filter): a page asked with values never seen before is rendered and
/// not stored, so a flood of invented queries adds nothing to the cache. It is stored when the same
/// values are asked again within <see cref="PublicContentCache.Lifetime"/>, and at most
/// <see cref="MaxStoredPerPeriod"/> such pages in that period (see decision 0015). A page without
/// query values is stored at once, as before.
/// </remarks>
public sealed class KnownQueryKeysPolicy(TimeProvider clock) : IOutputCachePolicy
{
    /// <summary>Pages with query values stored per period: a few hundred kilobytes to a few megabytes, far below the cache's limit.</summary>
    public const int MaxStoredPerPeriod = 200;

    /// <summary>Queries remembered per period; past it the memory starts again (a popular query is asked again soon).</summary>
    public const int MaxSeenPerPeriod = 10_000;

    private static readonly ConcurrentDictionary<string, StringValues> _keysOfAction = new(StringComparer.Ordinal);

    /// <summary>Hashes of the queries (path and values) rendered once in this period.</summary>
    private readonly HashSet<int> _seen = [];
    private readonly Lock _lock = new();
    private DateTimeOffset _periodStart = clock.GetUtcNow();
    private int _stored;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var action = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>();
        // Not an action (a static file, a health check): its answer does not depend on the query.
        context.CacheVaryByRules.QueryKeys = action is null ? StringValues.Empty : _keysOfAction.GetOrAdd(action.Id, _ => KeysOf(action));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Only for a page just rendered (not served from the cache): whether to store it.</summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.AllowCacheStorage && QueryOf(context) is { } query && !Admit(query))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>The path and the values of the keys the page is cached by, or null when none has a value.</summary>
    private static string? QueryOf(OutputCacheContext context)
    {
        var keys = context.CacheVaryByRules.QueryKeys;
        var query = context.HttpContext.Request.Query;
        if (keys.Count == 0 || query.Count == 0)
        {
            return null;
        }
        var all = keys.Count == 1 && keys[0] == "*";
        var pieces = new List<string> { context.HttpContext.Request.Path.Value ?? "" };
        foreach (var (key, values) in query.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            if ((all || keys.Contains(key, StringComparer.OrdinalIgnoreCase)) && !StringValues.IsNullOrEmpty(values))
            {
                pieces.Add($"{key.ToUpperInvariant()}={values}");
            }
        }
        return pieces.Count == 1 ? null : string.Join('&', pieces);
    }

    /// <summary>True when the query was rendered once already in this period and the period's room is not used up.</summary>
    private bool Admit(string query)
    {
        var hash = query.GetHashCode(StringComparison.Ordinal);
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (now - _periodStart >= PublicContentCache.Lifetime || _seen.Count >= MaxSeenPerPeriod)
            {
                // Pages stored in the last period expire within a lifetime: at most twice the room is in the cache.
                _periodStart = now;
                _seen.Clear();
                _stored = 0;
            }
            if (_seen.Add(hash) || _stored >= MaxStoredPerPeriod)
            {
                return false;
            }
            _stored++;
            return true;
        }
    }

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
