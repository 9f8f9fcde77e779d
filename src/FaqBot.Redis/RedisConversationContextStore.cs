using System.Text.Json;
using FaqBot.Answers.Composition;
using FaqBot.Answers.Context;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace FaqBot.Redis;

/// <summary>
/// Conversation context in Redis (<c>{prefix}ctx:{conversation}</c>, a JSON string whose TTL is the idle
/// timeout), so a follow-up is understood whichever instance answers it. Bounded per conversation (at
/// most <see cref="MaxShown"/> passage ids) and in time by the TTL; in count by Redis's maxmemory.
/// When Redis cannot be reached the turn goes on without context (stateless), logged and counted.
/// </summary>
internal sealed class RedisConversationContextStore(
    RedisConnection connection, TimeSpan idleTimeout, StateMetrics metrics, ILogger<RedisConversationContextStore> logger) : IConversationContextStore
{
    internal const int MaxShown = 200;

    public ConversationState Get(string conversationId)
    {
        // Not connected: answer at once without context rather than wait for the backlog.
        if (!connection.IsConnected)
        {
            Degrade("get", null);
            return ConversationState.Empty;
        }

        try
        {
            var value = connection.Database.StringGet(Key(conversationId));
            if (value.IsNullOrEmpty)
            {
                return ConversationState.Empty;
            }

            var stored = JsonSerializer.Deserialize<StoredState>((string)value!);
            return stored is null
                ? ConversationState.Empty
                : new ConversationState(stored.Topic, stored.Query, new HashSet<string>(stored.Shown ?? [], StringComparer.Ordinal), stored.Kind);
        }
        catch (Exception exception) when (exception is RedisException or JsonException or TimeoutException)
        {
            Degrade("get", exception);
            return ConversationState.Empty;
        }
    }

    public void Set(string conversationId, ConversationState state)
    {
        if (!connection.IsConnected)
        {
            Degrade("set", null);
            return;
        }

        var stored = new StoredState(state.Topic, state.LastQuery, [.. state.Shown.Take(MaxShown)], state.LastKind);
        try
        {
            // Fire and forget: the reply need not wait for the write; the next turn of this conversation
            // comes after the user has read the reply, long after the write landed.
            connection.Database.StringSet(Key(conversationId), JsonSerializer.Serialize(stored), idleTimeout, flags: CommandFlags.FireAndForget);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            Degrade("set", exception);
        }
    }

    private RedisKey Key(string conversationId) => connection.KeyPrefix + "ctx:" + conversationId;

    private void Degrade(string operation, Exception? exception)
    {
        metrics.Degraded("context");
        logger.LogWarning(exception, "Conversation context {Operation} skipped: Redis is unreachable; answering without context", operation);
    }

    private sealed record StoredState(string? Topic, string? Query, string[]? Shown, AnswerKind? Kind);
}
