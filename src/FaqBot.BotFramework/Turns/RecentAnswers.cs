using System.Collections.Concurrent;

namespace FaqBot.BotFramework.Turns;

/// <summary>
/// <see cref="IRecentAnswers"/> in this process's memory (one instance). Bounded: the oldest
/// conversations are forgotten first.
/// </summary>
public sealed class RecentAnswers(TimeProvider time) : IRecentAnswers
{
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask RememberAsync(string conversationId, RecentAnswer answer, CancellationToken cancellationToken)
    {
        entries[conversationId] = new Entry(answer, time.GetUtcNow());
        if (entries.Count > Capacity)
        {
            foreach (var stale in entries.OrderBy(e => e.Value.At).Take(entries.Count - Capacity).ToList())
            {
                entries.TryRemove(stale.Key, out _);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<RecentAnswer?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(entries.TryGetValue(conversationId, out var entry) ? entry.Answer : null);

    private sealed record Entry(RecentAnswer Answer, DateTimeOffset At);
}
