using System.Collections.Concurrent;

namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>Per-client allowances counted in this process (one instance).</summary>
public sealed class MemoryDirectLineClientLimits(TimeProvider time) : IDirectLineClientLimits
{
    private const int SweepEvery = 1024;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, DateTimeOffset>> _streams = new(StringComparer.Ordinal);
    private int _counted;

    /// <inheritdoc />
    public ValueTask<DirectLineLimitDecision> TryCountAsync(string bucket, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var start = FixedWindow.Start(now, window);
        var count = _windows.AddOrUpdate(
            bucket,
            _ => new Window(start, 1),
            (_, current) => current.Start == start ? current with { Count = current.Count + 1 } : new Window(start, 1));
        if (Interlocked.Increment(ref _counted) % SweepEvery == 0)
        {
            // Buckets of past windows say nothing any more.
            foreach (var (key, old) in _windows.Where(w => w.Value.Start + window <= now).ToList())
            {
                _windows.TryRemove(new KeyValuePair<string, Window>(key, old));
            }
        }

        return ValueTask.FromResult(count.Count <= limit ? DirectLineLimitDecision.Allow : new DirectLineLimitDecision(false, start + window - now));
    }

    /// <inheritdoc />
    public ValueTask<bool> TryOpenStreamAsync(string client, string streamId, int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = _streams.GetOrAdd(client, _ => new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal));
        lock (open)
        {
            foreach (var (id, until) in open.Where(s => s.Value <= now).ToList())
            {
                open.TryRemove(id, out _);
            }

            if (open.Count >= limit)
            {
                return ValueTask.FromResult(false);
            }

            open[streamId] = now + lease;
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask RenewStreamAsync(string client, string streamId, TimeSpan lease, CancellationToken cancellationToken)
    {
        if (_streams.TryGetValue(client, out var open) && open.ContainsKey(streamId))
        {
            open[streamId] = time.GetUtcNow() + lease;
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask CloseStreamAsync(string client, string streamId, CancellationToken cancellationToken)
    {
        if (_streams.TryGetValue(client, out var open))
        {
            open.TryRemove(streamId, out _);
            if (open.IsEmpty)
            {
                _streams.TryRemove(new KeyValuePair<string, ConcurrentDictionary<string, DateTimeOffset>>(client, open));
            }
        }

        return ValueTask.CompletedTask;
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
