using FaqBot.BotFramework.Turns;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace FaqBot.Redis;

/// <summary>
/// Claims in Redis (<c>{prefix}seen:{conversation}:{activity}</c>, <c>SET NX</c> with the retention as TTL),
/// so a retry that lands on another instance is still seen as a repeat. When Redis cannot be reached
/// the activity is answered (a lost reply is worse than a rare double one), logged and counted.
/// </summary>
internal sealed class RedisProcessedActivityStore(
    RedisConnection connection, TimeSpan retention, StateMetrics metrics, ILogger<RedisProcessedActivityStore> logger) : IProcessedActivityStore
{
    public async ValueTask<bool> TryClaimAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        try
        {
            return await connection.Database.StringSetAsync(
                connection.KeyPrefix + "seen:" + conversationId + ":" + activityId, 1, retention, When.NotExists);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            metrics.Degraded("processed");
            logger.LogWarning(exception, "Could not check for a redelivered activity: Redis is unreachable; answering it");
            return true;
        }
    }
}
