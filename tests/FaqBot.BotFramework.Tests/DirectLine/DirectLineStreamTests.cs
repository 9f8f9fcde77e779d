using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace FaqBot.BotFramework.Tests.DirectLine;

/// <summary>
/// The WebSocket <c>streamUrl</c> and reconnecting with a watermark (conformance case T23: a reconnect while
/// the old socket is still open replaces it).
/// </summary>
public sealed class DirectLineStreamTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Frames_are_activity_sets_and_reconnecting_with_a_watermark_replays_only_what_came_after()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var start = await host.StartConversationAsync("dl_carol");
        var id = start.GetProperty("conversationId").GetString()!;
        var token = start.GetProperty("token").GetString();

        using var first = await ConnectAsync(start.GetProperty("streamUrl").GetString()!);
        var welcome = await ReceiveUntilAsync(first, activity => activity.GetProperty("text").GetString() == "welcome");
        var watermark = welcome.Watermark;

        // DLJS pings with empty frames; the server must ignore them and keep streaming.
        await first.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, CancellationToken.None);
        using var posted = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token,
            new { type = "message", text = "hello", from = new { id = "dl_carol" }, channelData = new { clientActivityID = "c-9" } });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var types = new List<string>();
        await ReceiveUntilAsync(first, activity =>
        {
            types.Add(activity.GetProperty("type").GetString()!);
            return activity.TryGetProperty("text", out var text) && text.GetString() == "you said: hello";
        });
        Assert.Equal(["message", "typing", "message"], types);
        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);

        using var reconnected = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{id}?watermark={watermark}", token);
        var again = await DirectLineTestHost.ReadJsonAsync(reconnected, HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(again.GetProperty("token").GetString()));
        Assert.NotEqual(start.GetProperty("streamUrl").GetString(), again.GetProperty("streamUrl").GetString());

        using var second = await ConnectAsync(again.GetProperty("streamUrl").GetString()!);
        var replay = await ReceiveSetAsync(second);
        var texts = replay!.Activities.Select(a => a.TryGetProperty("text", out var t) ? t.GetString() : a.GetProperty("type").GetString()).ToList();
        Assert.Equal(["hello", "typing", "you said: hello"], texts);
        Assert.Equal(
            "c-9",
            replay.Activities[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
    }

    [Fact]
    public async Task A_reconnect_while_the_old_socket_is_open_replaces_it_and_loses_no_reply()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var start = await host.StartConversationAsync("dl_dave");
        var id = start.GetProperty("conversationId").GetString();
        var token = start.GetProperty("token").GetString();
        using var first = await ConnectAsync(start.GetProperty("streamUrl").GetString()!);
        var welcome = await ReceiveUntilAsync(first, activity => activity.GetProperty("text").GetString() == "welcome");

        // Web Chat reconnects with its watermark while the server still holds the first socket.
        using var reconnected = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{id}?watermark={welcome.Watermark}", token);
        var again = await DirectLineTestHost.ReadJsonAsync(reconnected, HttpStatusCode.OK);
        using var second = await ConnectAsync(again.GetProperty("streamUrl").GetString()!);
        var closed = await ReceiveCloseAsync(first);
        Assert.Equal("replaced", closed);

        using var posted = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token,
            new { type = "message", text = "still there?", from = new { id = "dl_dave" } });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var reply = await ReceiveUntilAsync(second, activity => activity.TryGetProperty("text", out var text) && text.GetString() == "you said: still there?");
        Assert.Contains(reply.Activities, activity => activity.TryGetProperty("text", out var text) && text.GetString() == "you said: still there?");
        Assert.Equal(WebSocketState.Open, second.State);
    }

    /// <summary>Reads until the server's close frame; returns its description.</summary>
    private static async Task<string?> ReceiveCloseAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var frame = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Guard);
            if (frame.MessageType == WebSocketMessageType.Close)
            {
                return socket.CloseStatusDescription;
            }
        }
    }

    [Fact]
    public async Task An_idle_stream_gets_empty_keep_alive_frames()
    {
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:KeepAliveInterval"] = "00:00:01" });
        var start = await host.StartConversationAsync();
        using var socket = await ConnectAsync(start.GetProperty("streamUrl").GetString()!);

        var frame = await socket.ReceiveAsync(new byte[1024], CancellationToken.None).WaitAsync(Guard);

        Assert.Equal(WebSocketMessageType.Text, frame.MessageType);
        Assert.Equal(0, frame.Count);
        Assert.True(frame.EndOfMessage);
    }

    [Fact]
    public async Task A_stream_url_with_a_forged_credential_or_for_another_conversation_is_refused()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var mine = await host.StartConversationAsync();
        var theirs = await host.StartConversationAsync();
        var url = mine.GetProperty("streamUrl").GetString()!;
        var forged = url.Replace("t=", "t=x", StringComparison.Ordinal);
        var swapped = url.Replace(mine.GetProperty("conversationId").GetString()!, theirs.GetProperty("conversationId").GetString(), StringComparison.Ordinal);

        await Assert.ThrowsAsync<WebSocketException>(() => ConnectAsync(forged));
        await Assert.ThrowsAsync<WebSocketException>(() => ConnectAsync(swapped));
    }

    [Fact]
    public async Task A_stream_url_is_refused_once_its_minute_is_over()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var start = await host.StartConversationAsync();
        host.Time.Advance(TimeSpan.FromSeconds(61));

        await Assert.ThrowsAsync<WebSocketException>(() => ConnectAsync(start.GetProperty("streamUrl").GetString()!));
    }

    private static async Task<ClientWebSocket> ConnectAsync(string url, string? origin = null)
    {
        var socket = new ClientWebSocket();
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        try
        {
            await socket.ConnectAsync(new Uri(url), CancellationToken.None).WaitAsync(Guard);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    internal static Task<ClientWebSocket> ConnectFromAsync(string url, string origin) => ConnectAsync(url, origin);

    private sealed record ReceivedSet(IReadOnlyList<JsonElement> Activities, string Watermark);

    /// <summary>Reads one frame; null for an empty keep-alive. Every non-empty frame must be an ActivitySet.</summary>
    private static async Task<ReceivedSet?> ReceiveSetAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult frame;
        do
        {
            frame = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Guard);
            Assert.Equal(WebSocketMessageType.Text, frame.MessageType);
            message.Write(buffer, 0, frame.Count);
        }
        while (!frame.EndOfMessage);

        if (message.Length == 0)
        {
            return null;
        }

        var root = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
        var activities = root.GetProperty("activities").EnumerateArray().ToList();
        return new ReceivedSet(activities, root.GetProperty("watermark").GetString()!);
    }

    private static async Task<ReceivedSet> ReceiveUntilAsync(ClientWebSocket socket, Func<JsonElement, bool> done)
    {
        while (true)
        {
            if (await ReceiveSetAsync(socket) is { } set && set.Activities.Any(done))
            {
                return set;
            }
        }
    }
}
