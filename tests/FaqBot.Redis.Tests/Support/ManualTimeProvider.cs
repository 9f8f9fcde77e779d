namespace FaqBot.Redis.Tests.Support;

/// <summary>A clock the test moves by hand (for the in-memory stores; Redis keeps its own time for TTLs).</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (this) { return _now; }
    }

    public void Advance(TimeSpan by)
    {
        lock (this) { _now += by; }
    }
}
