using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>
/// The live conversations, bounded in number and dropped after being idle, so memory stays flat
/// however many clients come and go. Expired conversations read as unknown (404) at once, even
/// before the sweeper removes them.
/// </summary>
internal sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly object _createGate = new();
    private readonly DirectLineOptions _options = options.Value;

    public int Count => _conversations.Count;

    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        if (IsIdle(conversation, time.GetUtcNow()))
        {
            Remove(conversation);
            return null;
        }

        return conversation;
    }

    /// <summary>Returns the existing conversation, a new one, or null when the store is full.</summary>
    public (DirectLineConversation? Conversation, bool Created) GetOrCreate(string conversationId, string? userId)
    {
        if (Find(conversationId) is { } existing)
        {
            return (existing, false);
        }

        // Creation is serialized so the count check and the insert cannot race past the limit.
        lock (_createGate)
        {
            if (_conversations.TryGetValue(conversationId, out existing))
            {
                return (existing, false);
            }

            if (_conversations.Count >= _options.MaxConversations)
            {
                Sweep();
                if (_conversations.Count >= _options.MaxConversations)
                {
                    return (null, false);
                }
            }

            var created = new DirectLineConversation(
                conversationId, userId, time.GetUtcNow(), _options.MaxActivitiesPerConversation, _options.MaxConversationBytes);
            _conversations[conversationId] = created;
            return (created, true);
        }
    }

    /// <summary>Drops every idle conversation; returns how many went.</summary>
    public int Sweep()
    {
        var now = time.GetUtcNow();
        var removed = 0;
        foreach (var conversation in _conversations.Values)
        {
            if (IsIdle(conversation, now) && Remove(conversation))
            {
                removed++;
            }
        }

        return removed;
    }

    private bool IsIdle(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastActive >= _options.ConversationIdleTimeout;

    private bool Remove(DirectLineConversation conversation)
    {
        if (!_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            return false;
        }

        conversation.End();
        return true;
    }
}
