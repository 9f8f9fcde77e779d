using System.Globalization;
using System.Text.Json;
using FaqBot.BotFramework.DirectLine;
using FaqBot.BotFramework.DirectLine.State;
using FaqBot.BotFramework.Schema;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FaqBot.Redis;

/// <summary>
/// Direct Line conversations in Redis, shared by every instance: the registry (a hash per conversation
/// whose TTL is the idle timeout), each conversation's log (a capped stream whose entry ids are the
/// watermarks) and its turn queue (a cursor in the hash and a lease key). Appends and turn completions
/// are Lua scripts, so they are atomic however many instances write.
/// </summary>
internal sealed class RedisDirectLineState(
    RedisConnection connection, RedisDirectLineEvents events, IOptions<DirectLineOptions> options, TimeProvider time)
    : IDirectLineConversationStore, IDirectLineActivityLog, IDirectLineTurnQueue
{
    private readonly RedisDirectLineKeys _keys = new(connection.KeyPrefix);
    private readonly DirectLineOptions _options = options.Value;

    private IDatabase Db => connection.Database;

    private long Now => time.GetUtcNow().ToUnixTimeMilliseconds();

    private long Ttl => (long)_options.ConversationIdleTimeout.TotalMilliseconds;

    public async ValueTask<DirectLineConversationRecord?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var user = await Db.HashGetAsync(_keys.Meta(conversationId), ["seq", "user"]);
        return user[0].IsNull ? null : new DirectLineConversationRecord(conversationId, user[1].IsNull ? null : (string?)user[1]);
    }

    public async ValueTask<(DirectLineConversationRecord? Conversation, bool Created)> GetOrCreateAsync(
        string conversationId, string? userId, CancellationToken cancellationToken)
    {
        if (await FindAsync(conversationId, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        // The count across instances is checked before the create, so racing starts may pass the limit by
        // a few; it bounds memory, it is not a quota.
        if (await CountAsync(cancellationToken) >= _options.MaxConversations)
        {
            return (null, false);
        }

        var result = (RedisResult[])(await Db.ScriptEvaluateAsync(
            RedisDirectLineScripts.Create, [_keys.Meta(conversationId)], [userId ?? "", Ttl, Now]))!;
        await Db.SortedSetAddAsync(_keys.Live, conversationId, Now);
        var user = result[1].IsNull ? null : (string?)result[1];
        return (new DirectLineConversationRecord(conversationId, string.IsNullOrEmpty(user) ? null : user), (int)result[0] == 1);
    }

    public async ValueTask<bool> TouchAsync(string conversationId, CancellationToken cancellationToken)
    {
        var alive = (int)await Db.ScriptEvaluateAsync(RedisDirectLineScripts.Touch, ConversationKeys(conversationId), [Ttl]) == 1;
        if (alive)
        {
            await Db.SortedSetAddAsync(_keys.Live, conversationId, Now, flags: CommandFlags.FireAndForget);
        }

        return alive;
    }

    public async ValueTask<string?> AdoptUserAsync(string conversationId, string? userId, CancellationToken cancellationToken)
    {
        var result = await Db.ScriptEvaluateAsync(RedisDirectLineScripts.AdoptUser, [_keys.Meta(conversationId)], [userId ?? ""]);
        return result.IsNull ? userId : (string?)result;
    }

    public async ValueTask<bool> TryMarkUserAnnouncedAsync(string conversationId, CancellationToken cancellationToken) =>
        (int)await Db.ScriptEvaluateAsync(RedisDirectLineScripts.Announce, [_keys.Meta(conversationId)]) == 1;

    public async ValueTask<long> CountAsync(CancellationToken cancellationToken)
    {
        await Db.SortedSetRemoveRangeByScoreAsync(_keys.Live, double.NegativeInfinity, Now - Ttl);
        return await Db.SortedSetLengthAsync(_keys.Live);
    }

    public async ValueTask<long> SweepAsync(CancellationToken cancellationToken) =>
        // The conversations' own keys expire by TTL; only the live index needs trimming.
        await Db.SortedSetRemoveRangeByScoreAsync(_keys.Live, double.NegativeInfinity, Now - Ttl);

    public async ValueTask<DirectLineAppendResult?> AppendAsync(string conversationId, DirectLineEntry entry, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(entry.Activity with { Id = null, Timestamp = null }, BotJson.Options);
        var result = await Db.ScriptEvaluateAsync(
            RedisDirectLineScripts.Append,
            ConversationKeys(conversationId),
            [json, entry.Visible ? 1 : 0, entry.NeedsTurn ? 1 : 0, entry.ClientActivityId ?? "", Now,
             _options.MaxActivitiesPerConversation, _options.MaxConversationBytes, Ttl]);
        if (result.IsNull)
        {
            return null;
        }

        var values = (RedisResult[])result!;
        var watermark = (long)values[1];
        var id = DirectLineActivityIds.For(conversationId, watermark);
        if ((int)values[0] == 0)
        {
            // A retried post: hand back what the first one stored, if it is still in the log.
            var earlier = await Db.StreamRangeAsync(_keys.Log(conversationId), StreamId(watermark), StreamId(watermark));
            return new DirectLineAppendResult(earlier.Length == 1 ? ToEntry(conversationId, earlier[0])?.Entry.Activity : null, id, watermark, Duplicate: true);
        }

        if (entry.NeedsTurn)
        {
            await Db.SortedSetAddAsync(_keys.Pending, conversationId, Now, SortedSetWhen.NotExists);
        }

        await Db.SortedSetAddAsync(_keys.Live, conversationId, Now, flags: CommandFlags.FireAndForget);
        await events.PublishAppendedAsync(conversationId);
        var stamped = entry.Activity with { Id = id, Timestamp = DateTimeOffset.FromUnixTimeMilliseconds((long)values[2]) };
        return new DirectLineAppendResult(stamped, id, watermark, Duplicate: false);
    }

    public async ValueTask<DirectLineActivityPage> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var (current, entries) = await RangeAsync(conversationId, "seq", watermark.ToString(CultureInfo.InvariantCulture));
        if (current < 0)
        {
            return new DirectLineActivityPage([], watermark);
        }

        var visible = entries.Where(e => e.Visible).Select(e => e.Entry.Activity).ToList();
        return new DirectLineActivityPage(visible, current);
    }

    public async Task WaitForAppendAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        // Listen first, then look: an append between the caller's read and this wait is not missed.
        var appended = events.WaitForAppendAsync(conversationId, cancellationToken);
        var current = await Db.HashGetAsync(_keys.Meta(conversationId), "seq");
        if (current.IsNull || (long)current <= watermark)
        {
            await appended;
        }
    }

    public async ValueTask<string?> TryLeaseAsync(string conversationId, TimeSpan duration, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        return await Db.StringSetAsync(_keys.Lease(conversationId), token, duration, When.NotExists) ? token : null;
    }

    public async ValueTask ReleaseAsync(string conversationId, string lease, CancellationToken cancellationToken) =>
        await Db.ScriptEvaluateAsync(RedisDirectLineScripts.Release, [_keys.Lease(conversationId)], [lease]);

    public async ValueTask<IReadOnlyList<DirectLineLogEntry>> PendingAsync(string conversationId, CancellationToken cancellationToken)
    {
        var (_, entries) = await RangeAsync(conversationId, "done", "");
        var pending = entries.Where(e => e.NeedsTurn).Select(e => e.Entry).ToList();
        if (pending.Count == 0)
        {
            await Db.SortedSetRemoveAsync(_keys.Pending, conversationId, CommandFlags.FireAndForget);
        }

        return pending;
    }

    public async ValueTask<bool> CompleteAsync(
        string conversationId, string lease, long turnWatermark, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        RedisValue[] arguments =
        [
            lease, turnWatermark, Now, _options.MaxActivitiesPerConversation, _options.MaxConversationBytes, Ttl,
            .. replies.Select(reply => (RedisValue)JsonSerializer.Serialize(reply with { Id = null, Timestamp = null }, BotJson.Options)),
        ];
        var result = await Db.ScriptEvaluateAsync(
            RedisDirectLineScripts.Complete, [_keys.Meta(conversationId), _keys.Log(conversationId), _keys.Lease(conversationId)], arguments);
        if (result.IsNull)
        {
            return false;
        }

        var left = (long)((RedisResult[])result!)[1];
        if (left == 0)
        {
            await Db.SortedSetRemoveAsync(_keys.Pending, conversationId);
        }
        else
        {
            await Db.SortedSetAddAsync(_keys.Pending, conversationId, Now);
        }

        await events.PublishAppendedAsync(conversationId);
        return true;
    }

    public async ValueTask<IReadOnlyList<string>> StalledAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        var stalled = await Db.SortedSetRangeByScoreAsync(_keys.Pending, double.NegativeInfinity, Now - olderThan.TotalMilliseconds, take: 100);
        return [.. stalled.Select(value => (string)value!)];
    }

    private RedisKey[] ConversationKeys(string conversationId) =>
        [_keys.Meta(conversationId), _keys.Log(conversationId), _keys.ClientIds(conversationId)];

    private static RedisValue StreamId(long watermark) => watermark.ToString(CultureInfo.InvariantCulture) + "-0";

    private async Task<(long Current, List<Stored> Entries)> RangeAsync(string conversationId, string field, string from)
    {
        var result = (RedisResult[])(await Db.ScriptEvaluateAsync(
            RedisDirectLineScripts.Read, [_keys.Meta(conversationId), _keys.Log(conversationId)], [field, from]))!;
        var current = (long)result[0];
        if (current < 0)
        {
            return (current, []);
        }

        var entries = new List<Stored>();
        foreach (RedisResult raw in (RedisResult[])result[1]!)
        {
            var pair = (RedisResult[])raw!;
            var fields = (RedisValue[])pair[1]!;
            var values = new Dictionary<string, RedisValue>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < fields.Length; i += 2)
            {
                values[(string)fields[i]!] = fields[i + 1];
            }

            var entry = ToEntry(conversationId, (string)pair[0]!, values);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return (current, entries);
    }

    private static Stored? ToEntry(string conversationId, StreamEntry entry) =>
        ToEntry(conversationId, (string)entry.Id!, entry.Values.ToDictionary(v => (string)v.Name!, v => v.Value, StringComparer.Ordinal));

    private static Stored? ToEntry(string conversationId, string streamId, Dictionary<string, RedisValue> values)
    {
        var watermark = long.Parse(streamId.AsSpan(0, streamId.IndexOf('-', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
        if (!values.TryGetValue("a", out var json) || JsonSerializer.Deserialize<Activity>((string)json!, BotJson.Options) is not { } activity)
        {
            return null;
        }

        var stamped = activity with
        {
            Id = DirectLineActivityIds.For(conversationId, watermark),
            Timestamp = DateTimeOffset.FromUnixTimeMilliseconds((long)values["t"]),
        };
        return new Stored(new DirectLineLogEntry(watermark, stamped), values["v"] == 1, values["n"] == 1);
    }

    private sealed record Stored(DirectLineLogEntry Entry, bool Visible, bool NeedsTurn);
}
