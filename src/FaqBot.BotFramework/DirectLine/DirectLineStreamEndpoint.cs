using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using FaqBot.BotFramework.DirectLine.State;
using FaqBot.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>
/// The WebSocket behind <c>streamUrl</c>. Each text frame is one full ActivitySet (DLJS parses
/// every non-empty frame as JSON); keep-alives are empty frames; client frames are ignored.
/// </summary>
internal static class DirectLineStreamEndpoint
{
    private static readonly TimeSpan StoreRetryDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);

    private static async Task<IResult> StreamAsync(
        HttpContext context,
        string conversationId,
        string? t,
        string? watermark,
        DirectLineTokenService tokens,
        IDirectLineConversationStore store,
        IDirectLineActivityLog log,
        IDirectLineStreamClaims claims,
        IDirectLineClientLimits limits,
        DirectLineMetrics metrics,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime,
        ILoggerFactory loggers)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("The stream URL takes WebSocket connections only.");
        }

        // Browsers do not apply CORS to WebSocket upgrades, so the origin is checked here.
        if (!DirectLineCors.IsAllowedOrigin(context.Request, options.Value))
        {
            return DirectLineErrors.Forbidden("This origin may not open streams.");
        }

        var (result, granted) = tokens.Validate(t ?? "", DirectLineTokenKind.Stream);
        if (result != DirectLineTokenValidation.Valid || granted!.ConversationId != conversationId)
        {
            return result == DirectLineTokenValidation.Expired
                ? DirectLineErrors.TokenExpired()
                : DirectLineErrors.Forbidden("The stream URL is not valid; get a new one from GET /conversations/{id}.");
        }

        if (!DirectLineConversationEndpoints.TryParseWatermark(watermark, out var from))
        {
            return DirectLineErrors.BadArgument("watermark must be a watermark this service returned.");
        }

        if (await store.FindAsync(conversationId, context.RequestAborted) is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        var settings = options.Value;
        if (metrics.OpenStreams >= settings.MaxOpenStreams)
        {
            metrics.StreamRefused("instance");
            return DirectLineErrors.TooManyRequests("This server holds as many streams as it may; try again later.");
        }

        var client = DirectLineClientGuard.Client(context);
        var streamId = Guid.NewGuid().ToString("N");
        var lease = settings.KeepAliveInterval * 3;
        if (!await limits.TryOpenStreamAsync(client, streamId, settings.MaxStreamsPerClient, lease, context.RequestAborted))
        {
            metrics.StreamRefused("client");
            return DirectLineErrors.TooManyRequests("Too many open streams from this address.");
        }

        metrics.StreamOpened();
        var logger = loggers.CreateLogger(typeof(DirectLineStreamEndpoint));
        var reason = "closing";
        try
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();

            // A newer stream for the conversation (Web Chat reconnecting while this one still looks
            // open) replaces this one, on whichever instance it lands.
            var replaced = await claims.ClaimAsync(conversationId, streamId, context.RequestAborted);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping, replaced);
            using var stopReceiving = new CancellationTokenSource();
            var receiving = DrainAsync(socket, stop, stopReceiving.Token);
            try
            {
                reason = await PushAsync(socket, new StreamScope(conversationId, client, streamId, lease), from ?? 0, store, log, limits, settings.KeepAliveInterval, stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
                // Client gone, replaced or shutting down: nothing left to deliver.
                reason = replaced.IsCancellationRequested ? "replaced" : "closing";
            }
            finally
            {
                claims.Release(conversationId, streamId);
            }

            // Our close frame first, then the client's answer is read by the receive loop; cancelling a
            // pending receive would abort the socket instead of closing it.
            await CloseOutputQuietlyAsync(socket, reason);
            await receiving.WaitAsync(CloseGrace, CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
            await stopReceiving.CancelAsync();
            await receiving;
        }
        finally
        {
            metrics.StreamClosed();
            await CloseLeaseQuietlyAsync(limits, client, streamId, logger);
        }

        logger.LogDebug("Direct Line stream closed for {ConversationId}: {Reason}", conversationId, reason);
        return Results.Empty;
    }

    private sealed record StreamScope(string ConversationId, string Client, string StreamId, TimeSpan Lease);

    /// <summary>Pushes every new activity set until cancelled; returns why it stopped on its own.</summary>
    private static async Task<string> PushAsync(
        WebSocket socket,
        StreamScope scope,
        long watermark,
        IDirectLineConversationStore store,
        IDirectLineActivityLog log,
        IDirectLineClientLimits limits,
        TimeSpan keepAlive,
        CancellationToken cancellationToken)
    {
        var sinceSend = System.Diagnostics.Stopwatch.StartNew();
        while (!cancellationToken.IsCancellationRequested)
        {
            DirectLineActivityPage page;
            try
            {
                page = await log.ReadAsync(scope.ConversationId, watermark, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The shared store is briefly unreachable (a Redis restart): keep the socket and try
                // again, so the client neither reconnects nor misses what is appended meanwhile.
                await Task.Delay(StoreRetryDelay, cancellationToken);
                continue;
            }

            if (page.Activities.Count == 0)
            {
                // Only entries clients never see came after the watermark (a conversationUpdate for the bot).
                watermark = Math.Max(watermark, page.Watermark);
            }
            else
            {
                var set = new ActivitySet(page.Activities, page.Watermark.ToString(CultureInfo.InvariantCulture));
                await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options), WebSocketMessageType.Text, true, cancellationToken);
                watermark = page.Watermark;
                sinceSend.Restart();
            }

            var remaining = keepAlive - sinceSend.Elapsed;
            if (remaining > TimeSpan.Zero)
            {
                try
                {
                    await log.WaitForAppendAsync(scope.ConversationId, watermark, cancellationToken).WaitAsync(remaining, cancellationToken);
                    continue;
                }
                catch (TimeoutException)
                {
                    // Fall through to the keep-alive.
                }
            }

            // Empty text frame: DLJS ignores it, proxies see traffic. An open page keeps its
            // conversation alive, as polling does, and the stream keeps its place in the client's allowance.
            await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, cancellationToken);
            sinceSend.Restart();
            try
            {
                if (!await store.TouchAsync(scope.ConversationId, cancellationToken))
                {
                    return "conversation expired";
                }

                await limits.RenewStreamAsync(scope.Client, scope.StreamId, scope.Lease, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Unreachable store: the next keep-alive tries again.
            }
        }

        return "closing";
    }

    private static async Task CloseLeaseQuietlyAsync(IDirectLineClientLimits limits, string client, string streamId, ILogger logger)
    {
        try
        {
            await limits.CloseStreamAsync(client, streamId, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The lease runs out by itself.
            logger.LogDebug(exception, "Could not free the stream place of {StreamId}", streamId);
        }
    }

    /// <summary>Reads and drops client frames (DLJS pings with empty ones); a close ends the stream.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource stop, CancellationToken stopReceiving)
    {
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var frame = await socket.ReceiveAsync(buffer, stopReceiving);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Falls through to stopping the push loop.
        }

        await stop.CancelAsync();
    }

    private static async Task CloseOutputQuietlyAsync(WebSocket socket, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(CloseGrace);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The peer vanished; the socket is disposed either way.
        }
    }
}
