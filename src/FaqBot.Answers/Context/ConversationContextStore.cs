namespace FaqBot.Answers.Context;

/// <summary>
/// Conversation state in this process's memory (one instance), keyed by conversation id, bounded in count (least recently used forgotten first)
/// and in time (forgotten after an idle timeout). Thread-safe; one lock is enough because each
/// operation is a few dictionary and list steps.
/// </summary>
public sealed class ConversationContextStore(int capacity, TimeSpan idleTimeout, TimeProvider time) : IConversationContextStore
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();

    /// <summary>How many conversations are remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc />
    public ConversationState Get(string conversationId)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(conversationId, out var node))
            {
                return ConversationState.Empty;
            }

            if (time.GetUtcNow() - node.Value.Touched > idleTimeout)
            {
                Remove(node);
                return ConversationState.Empty;
            }

            return node.Value.State;
        }
    }

    /// <inheritdoc />
    public void Set(string conversationId, ConversationState state)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_entries.TryGetValue(conversationId, out var existing))
            {
                Remove(existing);
            }

            _entries[conversationId] = _recency.AddFirst(new Entry(conversationId, state, now));
            while (_recency.Last is { } oldest && (_entries.Count > capacity || now - oldest.Value.Touched > idleTimeout))
            {
                Remove(oldest);
            }
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _entries.Remove(node.Value.ConversationId);
    }

    private sealed record Entry(string ConversationId, ConversationState State, DateTimeOffset Touched);
}
