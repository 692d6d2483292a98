using System.Collections.Concurrent;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Account;

/// <summary>An account that failed sign-ins in the last day, for the administrators' dashboard.</summary>
public sealed record AccountUnderAttack(string Account, int Failures, int Clients, DateTimeOffset LastFailure);

/// <summary>
/// Failed sign-ins counted per client address and account typed, with growing waits (decision
/// 0014): after <see cref="FreeFailures"/> failures, that client must wait 30 seconds before it
/// tries that account again, then a minute, two… up to <see cref="LongestWait"/>. Nobody else is
/// slowed down: the owner signs in from another client at once. The account itself is never
/// locked, so failures cannot be used to keep its owner out. Counted the same whether the account
/// exists or not, so the waits tell nothing about who has one. In memory, per instance: a restart
/// forgets, which only helps the owner; several instances give an attacker as many counters, each
/// with its growing wait.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    /// <summary>Failures a client may make on one account before it must wait.</summary>
    public const int FreeFailures = 5;

    /// <summary>The wait stops growing here.</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);

    /// <summary>Failures older than this are forgotten.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromDays(1);

    /// <summary>Counters kept at most; past it the oldest are forgotten (an attacker cycling addresses fills nothing).</summary>
    private const int MaxCounters = 10_000;

    private static readonly TimeSpan _firstWait = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<(string Client, string Account), Counter> _counters = new();

    /// <summary>How long <paramref name="client"/> must still wait before trying <paramref name="account"/> again; null when it may try now.</summary>
    public TimeSpan? WaitFor(string client, string account)
    {
        if (!_counters.TryGetValue(Key(client, account), out var counter))
        {
            return null;
        }
        lock (counter)
        {
            var left = counter.BlockedUntil - clock.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    /// <summary>Counts a failure; returns true when this failure makes the client wait.</summary>
    public bool Failed(string client, string account)
    {
        if (_counters.Count >= MaxCounters)
        {
            Forget();
        }
        var counter = _counters.GetOrAdd(Key(client, account), _ => new Counter());
        var now = clock.GetUtcNow();
        lock (counter)
        {
            if (now - counter.LastFailure > Memory)
            {
                counter.Failures = 0;
            }
            counter.Failures++;
            counter.LastFailure = now;
            if (counter.Failures < FreeFailures)
            {
                return false;
            }
            var doublings = Math.Min(counter.Failures - FreeFailures, 10);
            var wait = _firstWait * Math.Pow(2, doublings);
            counter.BlockedUntil = now + (wait < LongestWait ? wait : LongestWait);
            return true;
        }
    }

    /// <summary>A success from this client forgets its failures on this account.</summary>
    public void Succeeded(string client, string account) => _counters.TryRemove(Key(client, account), out _);

    /// <summary>The accounts that at least <see cref="FreeFailures"/> failed sign-ins aimed at in the last day, most tried first.</summary>
    public IReadOnlyList<AccountUnderAttack> UnderAttack()
    {
        var since = clock.GetUtcNow() - Memory;
        return _counters
            .Select(c => (c.Key.Account, c.Key.Client, Snapshot: Snapshot(c.Value)))
            .Where(c => c.Snapshot.LastFailure > since)
            .GroupBy(c => c.Account, StringComparer.Ordinal)
            .Select(g => new AccountUnderAttack(g.Key, g.Sum(c => c.Snapshot.Failures), g.Count(), g.Max(c => c.Snapshot.LastFailure)))
            .Where(a => a.Failures >= FreeFailures)
            .OrderByDescending(a => a.Failures)
            .ToList();
    }

    private static (int Failures, DateTimeOffset LastFailure) Snapshot(Counter counter)
    {
        lock (counter)
        {
            return (counter.Failures, counter.LastFailure);
        }
    }

    private void Forget()
    {
        var since = clock.GetUtcNow() - Memory;
        foreach (var (key, counter) in _counters)
        {
            if (Snapshot(counter).LastFailure < since)
            {
                _counters.TryRemove(key, out _);
            }
        }
        // Still full of recent counters: an attack from very many addresses; the oldest half goes.
        if (_counters.Count >= MaxCounters)
        {
            foreach (var key in _counters.OrderBy(c => Snapshot(c.Value).LastFailure).Take(MaxCounters / 2).Select(c => c.Key).ToList())
            {
                _counters.TryRemove(key, out _);
            }
        }
    }

    private static (string, string) Key(string client, string account) => (client, account.Trim().ToLowerInvariant());

    private sealed class Counter
    {
        public int Failures { get; set; }

        public DateTimeOffset LastFailure { get; set; }

        public DateTimeOffset BlockedUntil { get; set; }
    }
}
