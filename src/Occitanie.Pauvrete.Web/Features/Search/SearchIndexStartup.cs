namespace Occitanie.Pauvrete.Web.Features.Search;

/// <summary>
/// Builds the search index once the web server answers (<see cref="IHostedLifecycleService.StartedAsync"/>),
/// in the background: the pages do not wait for it, and a search that comes first waits for the
/// build (the index starts stale) rather than finding nothing. Operator commands do not start the
/// host and so build no index.
/// </summary>
public sealed partial class SearchIndexStartup(SearchIndex index, ILogger<SearchIndexStartup> logger) : IHostedLifecycleService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _build = Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        _build = Task.Run(BuildAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Waits for the build, cancelled at <see cref="StoppingAsync"/>, to end: the index is disposed
    /// with the host, and a build still running then failed on its disposed lock and logged an error
    /// at every quick stop (tests, a restart during start-up).
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken) => _build.WaitAsync(cancellationToken);

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _stopping.Dispose();

    private async Task BuildAsync()
    {
        try
        {
            await index.RefreshIfStaleAsync(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The index stays stale: the next search tries the build again.
            LogBuildFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The search index could not be built at start-up; the next search tries again")]
    private static partial void LogBuildFailed(ILogger logger, Exception exception);
}
