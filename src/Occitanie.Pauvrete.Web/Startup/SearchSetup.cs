using Occitanie.Pauvrete.Web.Features.Search;

namespace Occitanie.Pauvrete.Web.Startup;

public static class SearchSetup
{
    /// <summary>
    /// The full-text index of the published content, built at start-up (<see cref="SearchIndexStartup"/>).
    /// Nothing has to rebuild it after a change: a save of content marks it stale
    /// (<see cref="Features.Shared.PublicContentCache"/>) and the next search rebuilds it.
    /// </summary>
    public static WebApplicationBuilder AddPortalSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SearchIndex>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<SearchMisses>();
        builder.Services.AddHostedService<SearchIndexStartup>();
        return builder;
    }
}
