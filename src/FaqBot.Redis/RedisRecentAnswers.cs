using System.Text.Json;
using FaqBot.BotFramework.Turns;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace FaqBot.Redis;

/// <summary>
/// The last answer per conversation in Redis (<c>{prefix}recent:{conversation}</c>, TTL = the context idle
/// timeout), so a Teams reaction that reaches another instance is still recorded against its question.
/// </summary>
internal sealed class RedisRecentAnswers(
    RedisConnection connection, TimeSpan retention, StateMetrics metrics, ILogger<RedisRecentAnswers> logger) : IRecentAnswers
{
    public async ValueTask RememberAsync(string conversationId, RecentAnswer answer, CancellationToken cancellationToken)
    {
        try
        {
            await connection.Database.StringSetAsync(Key(conversationId), JsonSerializer.Serialize(answer), retention);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            Degrade(exception);
        }
    }

    public async ValueTask<RecentAnswer?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        try
        {
            var value = await connection.Database.StringGetAsync(Key(conversationId));
            return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<RecentAnswer>((string)value!);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or JsonException)
        {
            Degrade(exception);
            return null;
        }
    }

    private RedisKey Key(string conversationId) => connection.KeyPrefix + "recent:" + conversationId;

    private void Degrade(Exception exception)
    {
        metrics.Degraded("recent_answers");
        logger.LogWarning(exception, "Recent answer skipped: Redis is unreachable");
    }
}
