using Occitanie.Pauvrete.Web.Features.Search;

namespace Occitanie.Pauvrete.Web.Startup;

public static class SearchSetup
{
    /// <summary>The full-text index of the published content, built at start-up; call <see cref="SearchIndex.RebuildAsync"/> after a publish.</summary>
    public static WebApplicationBuilder AddPortalSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SearchIndex>();
        builder.Services.AddHostedService<SearchIndexStartup>();
        return builder;
    }
}
