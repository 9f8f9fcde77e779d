using StackExchange.Redis;

namespace FaqBot.Redis;

/// <summary>
/// Key layout of the Direct Line state. The conversation id sits in a hash tag (<c>{…}</c>) so all
/// keys of one conversation live in one slot and a script may touch them together.
/// </summary>
internal sealed class RedisDirectLineKeys(string prefix)
{
    /// <summary>Hash: user, announced, seq (last watermark), ts (last timestamp, ms), bytes, done (answered up to), created.</summary>
    public RedisKey Meta(string conversationId) => $"{prefix}dl:{{{conversationId}}}:meta";

    /// <summary>Stream of the activities; entry id "{watermark}-0", fields a (JSON), t, v (visible), n (needs a turn), b (bytes).</summary>
    public RedisKey Log(string conversationId) => $"{prefix}dl:{{{conversationId}}}:log";

    /// <summary>Sorted set: client activity id → watermark, the newest MaxActivitiesPerConversation (dedup of retried posts).</summary>
    public RedisKey ClientIds(string conversationId) => $"{prefix}dl:{{{conversationId}}}:cids";

    /// <summary>String: the token of the instance answering the conversation's turns, with the lease as TTL.</summary>
    public RedisKey Lease(string conversationId) => $"{prefix}dl:{{{conversationId}}}:lease";

    /// <summary>Sorted set: conversation → last activity (ms), to count live conversations.</summary>
    public RedisKey Live => $"{prefix}dl:live";

    /// <summary>Sorted set: conversation → since when (ms) it has an unanswered turn, for taking over after a crash.</summary>
    public RedisKey Pending => $"{prefix}dl:pending";

    /// <summary>Pub/sub channel of appends and stream claims.</summary>
    public RedisChannel Events => RedisChannel.Literal($"{prefix}dl:events");

    /// <summary>Counter of one fixed window of a per-client limit.</summary>
    public RedisKey Window(string bucket, long windowStart) => $"{prefix}limit:{bucket}:{windowStart}";

    /// <summary>Sorted set: open stream id → lease end (ms), per remote address.</summary>
    public RedisKey Streams(string client) => $"{prefix}limit:streams:{client}";
}
