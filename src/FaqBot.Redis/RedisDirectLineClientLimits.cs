using FaqBot.BotFramework.DirectLine.State;
using StackExchange.Redis;

namespace FaqBot.Redis;

/// <summary>
/// Per-client limits counted in Redis: fixed-window counters (<c>INCR</c>, the window as TTL) and, for
/// open streams, a sorted set per address of stream id → lease end, so a stream of an instance that
/// died stops counting once its lease runs out.
/// </summary>
internal sealed class RedisDirectLineClientLimits(RedisConnection connection, TimeProvider time) : IDirectLineClientLimits
{
    private const string Count = """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return n
        """;

    private const string Open = """
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
        if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then return 0 end
        redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        return 1
        """;

    private readonly RedisDirectLineKeys _keys = new(connection.KeyPrefix);

    public async ValueTask<DirectLineLimitDecision> TryCountAsync(string bucket, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var start = FixedWindow.Start(now, window);
        var count = (long)await connection.Database.ScriptEvaluateAsync(
            Count, [_keys.Window(bucket, start.ToUnixTimeMilliseconds())], [(long)window.TotalMilliseconds]);
        return count <= limit ? DirectLineLimitDecision.Allow : new DirectLineLimitDecision(false, start + window - now);
    }

    public async ValueTask<bool> TryOpenStreamAsync(string client, string streamId, int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var opened = await connection.Database.ScriptEvaluateAsync(
            Open, [_keys.Streams(client)], [now, now + (long)lease.TotalMilliseconds, streamId, limit, (long)lease.TotalMilliseconds]);
        return (int)opened == 1;
    }

    public async ValueTask RenewStreamAsync(string client, string streamId, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow().ToUnixTimeMilliseconds() + (long)lease.TotalMilliseconds;
        await connection.Database.SortedSetAddAsync(_keys.Streams(client), streamId, until, SortedSetWhen.Exists);
        await connection.Database.KeyExpireAsync(_keys.Streams(client), lease);
    }

    public async ValueTask CloseStreamAsync(string client, string streamId, CancellationToken cancellationToken) =>
        await connection.Database.SortedSetRemoveAsync(_keys.Streams(client), streamId);
}
