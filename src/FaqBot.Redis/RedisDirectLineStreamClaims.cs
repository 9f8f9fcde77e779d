using FaqBot.BotFramework.DirectLine.State;
using StackExchange.Redis;

namespace FaqBot.Redis;

/// <summary>Stream claims across instances: the claim is taken here and announced, and other instances close their older stream.</summary>
/// <remarks>Claims are numbered by a counter in Redis (<c>{prefix}dl:{{c}}:claims</c>), so the news of an older claim that arrives late closes nothing.</remarks>
internal sealed class RedisDirectLineStreamClaims(RedisConnection connection, MemoryDirectLineStreamClaims local, RedisDirectLineEvents events) : IDirectLineStreamClaims
{
    private static readonly TimeSpan CounterLifetime = TimeSpan.FromDays(1);

    public async ValueTask<CancellationToken> ClaimAsync(string conversationId, string streamId, CancellationToken cancellationToken)
    {
        RedisKey key = $"{connection.KeyPrefix}dl:{{{conversationId}}}:claims";
        var order = await connection.Database.StringIncrementAsync(key);
        await connection.Database.KeyExpireAsync(key, CounterLifetime, flags: CommandFlags.FireAndForget);
        var replaced = local.ClaimLocally(conversationId, streamId, order);
        await events.PublishClaimAsync(conversationId, streamId, order);
        return replaced;
    }

    public void Release(string conversationId, string streamId) => local.Release(conversationId, streamId);
}
