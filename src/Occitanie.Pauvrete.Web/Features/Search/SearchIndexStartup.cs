namespace Occitanie.Pauvrete.Web.Features.Search;

/// <summary>
/// Builds the search index when the host starts: after Program has migrated and imported the
/// content, and in <see cref="IHostedLifecycleService.StartingAsync"/> so before any hosted
/// service starts, the web server included — the first request already finds a full index.
/// Operator commands do not start the host and so build no index.
/// </summary>
public sealed class SearchIndexStartup(SearchIndex index) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => index.RebuildAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
