namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>A clock a test moves forward by hand (no waiting in tests), starting at the real time.</summary>
public sealed class MovableClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
