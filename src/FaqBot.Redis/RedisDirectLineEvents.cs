using System.Collections.Concurrent;
using FaqBot.BotFramework.DirectLine.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace FaqBot.Redis;

/// <summary>
/// Fan-out between instances over one Redis pub/sub channel: "an activity was appended to conversation
/// X" wakes the instance holding X's WebSocket, and "stream S now owns X" closes any other stream of X.
/// Why pub/sub rather than blocking stream reads: StackExchange.Redis multiplexes every caller over one
/// connection and does not run blocking commands (an XREAD BLOCK would stall everyone), and a dedicated
/// connection per open WebSocket does not scale to thousands of sockets. Pub/sub is at-most-once, so a
/// message is only a doorbell: the stream stays the truth, and a waiting socket re-reads it at least
/// every <see cref="Resync"/> in case a message was lost while the connection was down.
/// </summary>
internal sealed class RedisDirectLineEvents(
    RedisConnection connection, MemoryDirectLineStreamClaims localClaims, ILogger<RedisDirectLineEvents> logger) : BackgroundService
{
    /// <summary>The longest a waiting stream goes without re-reading its log.</summary>
    public static readonly TimeSpan Resync = TimeSpan.FromSeconds(2);

    private readonly RedisChannel _channel = new RedisDirectLineKeys(connection.KeyPrefix).Events;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);

    /// <summary>Completes on the next append to the conversation, or after <see cref="Resync"/>.</summary>
    public Task WaitForAppendAsync(string conversationId, CancellationToken cancellationToken)
    {
        var signal = _waiters.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return Task.WhenAny(signal.Task, Task.Delay(Resync, cancellationToken)).Unwrap();
    }

    public Task PublishAppendedAsync(string conversationId) =>
        connection.Subscriber.PublishAsync(_channel, "a|" + conversationId, CommandFlags.FireAndForget);

    public Task PublishClaimAsync(string conversationId, string streamId, long order) =>
        connection.Subscriber.PublishAsync(_channel, "s|" + conversationId + "|" + streamId + "|" + order.ToString(System.Globalization.CultureInfo.InvariantCulture));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Subscribing needs a connection; StackExchange.Redis re-subscribes by itself after a reconnect.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await connection.Subscriber.SubscribeAsync(_channel, (_, message) => OnMessage((string?)message));
                return;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                logger.LogWarning("Direct Line fan-out could not subscribe yet ({Reason}); retrying", exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private void OnMessage(string? message)
    {
        if (message is null || message.Length < 3)
        {
            return;
        }

        var body = message.AsSpan(2);
        if (message[0] == 'a')
        {
            if (_waiters.TryRemove(body.ToString(), out var signal))
            {
                signal.TrySetResult();
            }
        }
        else if (message[0] == 's' && message.Split('|') is [_, var conversationId, var streamId, var order]
            && long.TryParse(order, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            localClaims.Supersede(conversationId, streamId, number);
        }
    }
}
