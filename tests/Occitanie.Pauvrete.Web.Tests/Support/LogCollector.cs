using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>Keeps every log message written through Microsoft.Extensions.Logging.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Entries => [.. _entries];

    /// <summary>What was logged at Error or above, with its exception: for the message of a failed assertion.</summary>
    public string Errors => string.Join("\n", _entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Message));

    public ILogger CreateLogger(string categoryName) => new Collector(this);

    public void Dispose()
    {
    }

    private sealed class Collector(LogCollector owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._entries.Enqueue((logLevel, exception is null ? formatter(state, exception) : $"{formatter(state, exception)}\n{exception}"));
    }
}
