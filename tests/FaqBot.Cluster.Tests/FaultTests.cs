using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using FaqBot.Cluster.Bench;

namespace FaqBot.Cluster.Tests;

/// <summary>Faults a deployment meets: an instance killed mid-conversation, Redis restarted under load.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task Killing_the_instance_that_holds_the_websocket_loses_and_repeats_no_reply()
    {
        await using var cluster = await Cluster.StartAsync();
        var (client, streamUrl) = await DirectLineClient.StartAsync(cluster.Url);
        using var _ = client;
        // The socket goes straight to instance 0, the one about to die; the POSTs go through nginx.
        var doomed = cluster.Instances[0].Url;
        var seen = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var watermark = "";
        using var first = await ConnectAsync(new UriBuilder(streamUrl) { Port = doomed.Port }.Uri);
        var echoes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            echoes.Add(await client.PostAsync(cluster.Url, $"question {i} about baclofen", $"k{i}"));
            watermark = await ReceiveUntilAsync(first, seen, echoes[^1], watermark);
        }

        cluster.KillInstance(0);
        await Assert.ThrowsAnyAsync<Exception>(async () => await ReceiveUntilAsync(first, seen, "never", watermark));

        // Two questions while the client has no socket, then it reconnects through nginx with its watermark.
        echoes.Add(await client.PostAsync(cluster.Url, "what about side effects?", "k3"));
        echoes.Add(await client.PostAsync(cluster.Url, "tell me more", "k4"));
        var replay = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        using var second = await ConnectAsync(new Uri(await client.ReconnectStreamUrlAsync(cluster.Url, watermark)));
        var mark = await ReceiveUntilAsync(second, replay, echoes[^1], watermark);
        echoes.Add(await client.PostAsync(cluster.Url, "thanks", "k5"));
        await ReceiveUntilAsync(second, replay, echoes[^1], mark);

        Assert.Empty(replay.Keys.Intersect(seen.Keys));
        var all = seen.Values.Concat(replay.Values).ToList();
        foreach (var echo in echoes)
        {
            Assert.Single(all, a => DirectLineClient.IsReplyTo(a, echo));
        }
    }

    [Fact]
    public async Task Restarting_redis_under_load_gives_no_500_and_loses_no_accepted_turn()
    {
        await using var cluster = await Cluster.StartAsync();
        var load = new DirectLineLoad(cluster.Url, TimeSpan.FromSeconds(45)).RunAsync(16, 6, 8, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await cluster.RestartRedisAsync(TimeSpan.FromSeconds(1));

        var result = await load;

        Assert.True(result.ServerErrors500 + result.Lost + result.Duplicated + result.Misdelivered == 0, result.ToString());
        Assert.Equal(96, result.Answered);
    }

    private static async Task<ClientWebSocket> ConnectAsync(Uri url)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(15));
        return socket;
    }

    /// <summary>Collects activity sets until the reply to <paramref name="echoId"/>; returns the last watermark.</summary>
    private static async Task<string> ReceiveUntilAsync(ClientWebSocket socket, Dictionary<string, JsonElement> seen, string echoId, string watermark)
    {
        var buffer = new byte[256 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!seen.Values.Any(a => DirectLineClient.IsReplyTo(a, echoId)))
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult frame;
            do
            {
                frame = await socket.ReceiveAsync(buffer, timeout.Token);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    throw new WebSocketException("closed");
                }

                message.Write(buffer, 0, frame.Count);
            }
            while (!frame.EndOfMessage);

            if (message.Length == 0)
            {
                continue;
            }

            var set = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
            foreach (var activity in set.GetProperty("activities").EnumerateArray())
            {
                Assert.True(seen.TryAdd(activity.GetProperty("id").GetString()!, activity), "an activity arrived twice");
            }

            watermark = set.GetProperty("watermark").GetString()!;
        }

        return watermark;
    }
}
