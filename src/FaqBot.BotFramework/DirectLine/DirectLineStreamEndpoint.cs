using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
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
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);

    private static async Task<IResult> StreamAsync(
        HttpContext context,
        string conversationId,
        string? t,
        string? watermark,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime,
        TimeProvider time,
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

        var (result, claims) = tokens.Validate(t ?? "", DirectLineTokenKind.Stream);
        if (result != DirectLineTokenValidation.Valid || claims!.ConversationId != conversationId)
        {
            return result == DirectLineTokenValidation.Expired
                ? DirectLineErrors.TokenExpired()
                : DirectLineErrors.Forbidden("The stream URL is not valid; get a new one from GET /conversations/{id}.");
        }

        if (!DirectLineConversationEndpoints.TryParseWatermark(watermark, out var from))
        {
            return DirectLineErrors.BadArgument("watermark must be a watermark this service returned.");
        }

        var conversation = store.Find(conversationId);
        if (conversation is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        if (!conversation.TryAttachStream(socket))
        {
            await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, "collision", context.RequestAborted);
            return Results.Empty;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping, conversation.Ended);
        var receiving = DrainAsync(socket, stop);
        try
        {
            await PushAsync(socket, conversation, from ?? conversation.NextIndex, options.Value.KeepAliveInterval, time, stop.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Client gone, conversation expired or shutting down: nothing left to deliver.
        }
        finally
        {
            await stop.CancelAsync();
            await receiving;
            conversation.DetachStream(socket);
        }

        await CloseQuietlyAsync(socket, conversation.Ended.IsCancellationRequested ? "conversation expired" : "closing");
        loggers.CreateLogger(typeof(DirectLineStreamEndpoint)).LogDebug("Direct Line stream closed for {ConversationId}", conversationId);
        return Results.Empty;
    }

    private static async Task PushAsync(
        WebSocket socket, DirectLineConversation conversation, long watermark, TimeSpan keepAlive, TimeProvider time, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var (activities, next) = conversation.Read(watermark, includeTyping: true);
            if (next != watermark || activities.Count > 0)
            {
                var set = new ActivitySet(activities, next.ToString(CultureInfo.InvariantCulture));
                await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options), WebSocketMessageType.Text, true, cancellationToken);
                watermark = next;
            }

            try
            {
                await conversation.WaitForAppendAsync(watermark, cancellationToken).WaitAsync(keepAlive, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Empty text frame: DLJS ignores it, proxies see traffic. An open page keeps its
                // conversation alive, as polling does.
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, cancellationToken);
                conversation.Touch(time.GetUtcNow());
            }
        }
    }

    /// <summary>Reads and drops client frames (DLJS pings with empty ones); a close ends the stream.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var frame = await socket.ReceiveAsync(buffer, stop.Token);
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

    private static async Task CloseQuietlyAsync(WebSocket socket, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The peer vanished; the socket is disposed either way.
        }
    }
}
