using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>Counts the SQL commands the portal sends, to prove a page does not query once per item, and keeps their text.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _texts = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>The text of every query sent since the last <see cref="Reset"/>.</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        _texts.Clear();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        _texts.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        _texts.Enqueue(command.CommandText);
        return base.ReaderExecuting(command, eventData, result);
    }
}
