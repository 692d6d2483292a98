namespace Occitanie.Pauvrete.Web.Features.Statistics;

/// <summary>
/// Counts the pages read (<see cref="CountingRule"/>). Placed before the output cache, so that a page
/// served from the cache counts as one rendered; it only reads the request and the answer's status
/// and type, and adds one to a counter in memory (<see cref="PageViewCounter"/>).
/// </summary>
public sealed class PageViewCounting(RequestDelegate next, PageViewCounter counter)
{
    public Task InvokeAsync(HttpContext context) =>
        CountingRule.MayBeAReader(context.Request) ? CountAsync(context) : next(context);

    private async Task CountAsync(HttpContext context)
    {
        await next(context);
        if (CountingRule.IsAPage(context))
        {
            counter.CountView(context.Request.Path.Value ?? "/", IsSearch(context.Request));
        }
    }

    /// <summary>
    /// A search: the search page, or the catalogue's keyword, with words (the two whose misses
    /// « recherches sans résultat » lists); its next pages are the same search read further.
    /// </summary>
    private static bool IsSearch(HttpRequest request) =>
        (request.Path.Equals("/recherche", StringComparison.OrdinalIgnoreCase) || request.Path.Equals("/mesures", StringComparison.OrdinalIgnoreCase))
        && !string.IsNullOrWhiteSpace(request.Query["q"])
        && (request.Query["page"] is not { Count: > 0 } page || page == "1");
}
