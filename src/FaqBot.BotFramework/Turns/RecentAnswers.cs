using System.Collections.Concurrent;
using FaqBot.Answers.Feedback;

namespace FaqBot.BotFramework.Turns;

/// <summary>
/// The last answer given in each conversation, so a Teams reaction (which names only the reacted-to
/// message) can be recorded against a question and its articles. Bounded: the oldest conversations
/// are forgotten first.
/// </summary>
internal sealed class RecentAnswers(TimeProvider time)
{
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public void Remember(string conversationId, string question, IReadOnlyList<FeedbackSource> sources)
    {
        entries[conversationId] = new Entry(question, sources, time.GetUtcNow());
        if (entries.Count > Capacity)
        {
            foreach (var stale in entries.OrderBy(e => e.Value.At).Take(entries.Count - Capacity).ToList())
            {
                entries.TryRemove(stale.Key, out _);
            }
        }
    }

    public (string Question, IReadOnlyList<FeedbackSource> Sources)? Find(string conversationId) =>
        entries.TryGetValue(conversationId, out var entry) ? (entry.Question, entry.Sources) : null;

    private sealed record Entry(string Question, IReadOnlyList<FeedbackSource> Sources, DateTimeOffset At);
}
