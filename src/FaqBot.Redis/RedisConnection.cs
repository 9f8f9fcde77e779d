using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FaqBot.Redis;

/// <summary>
/// The one multiplexed Redis connection of this process. It never refuses to start: an unreachable
/// Redis leaves it connecting in the background (readiness says so) and a lost one reconnects by itself.
/// Commands issued while disconnected wait in StackExchange.Redis's backlog up to the async timeout, so a
/// Redis restart of a second or two delays requests instead of failing them.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    private readonly ConnectionMultiplexer _multiplexer;

    /// <summary>Connects (or starts connecting) to <c>State:Redis</c>.</summary>
    public RedisConnection(IOptions<StateOptions> options, ILogger<RedisConnection> logger)
    {
        var settings = options.Value;
        var configuration = ConfigurationOptions.Parse(settings.Redis!);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 2000);
        configuration.AsyncTimeout = Math.Min(configuration.AsyncTimeout, 3000);
        configuration.SyncTimeout = Math.Min(configuration.SyncTimeout, 1000);
        configuration.ReconnectRetryPolicy = new LinearRetry(500);
        configuration.ClientName ??= "faqbot";
        Endpoint = string.Join(",", configuration.EndPoints.Select(e => e.ToString()));
        KeyPrefix = settings.KeyPrefix;
        _multiplexer = ConnectionMultiplexer.Connect(configuration);
        _multiplexer.ConnectionFailed += (_, e) =>
            logger.LogWarning(e.Exception, "Redis connection to {Endpoint} lost ({FailureType}); reconnecting", e.EndPoint, e.FailureType);
        _multiplexer.ConnectionRestored += (_, e) => logger.LogInformation("Redis connection to {Endpoint} restored", e.EndPoint);
        if (!_multiplexer.IsConnected)
        {
            logger.LogWarning("Redis at {Endpoint} is not reachable yet; retrying in the background", Endpoint);
        }
    }

    /// <summary>The configured endpoints, for health output and logs (never the password).</summary>
    public string Endpoint { get; }

    /// <summary>The prefix of every key and channel.</summary>
    public string KeyPrefix { get; }

    /// <summary>True while a connection to Redis is up.</summary>
    public bool IsConnected => _multiplexer.IsConnected;

    /// <summary>The database commands go to.</summary>
    public IDatabase Database => _multiplexer.GetDatabase();

    /// <summary>The pub/sub side of the connection.</summary>
    public ISubscriber Subscriber => _multiplexer.GetSubscriber();

    /// <summary>Closes the connection.</summary>
    public void Dispose() => _multiplexer.Dispose();
}
