using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace FaqBot.Cluster.Bench;

/// <summary>
/// Drives Direct Line conversations the way Web Chat does (POST each question, replies over the
/// WebSocket, reconnect with the watermark when the socket drops) and accounts for every reply:
/// each question must get exactly one answer, in its own conversation. Loopback addresses only.
/// </summary>
public sealed class DirectLineLoad(Uri baseAddress, TimeSpan turnTimeout)
{
    private static readonly string[] Questions =
    [
        "what is baclofen used for?", "what about side effects?", "tell me more", "can baclofen cause anxiety?",
        "how long does it take to work?", "hello", "is it safe in pregnancy?", "thanks",
    ];

    private readonly ConcurrentDictionary<string, string> _echoOwner = new(StringComparer.Ordinal);
    private int _retried;
    private int _errors500;
    private int _errors503;
    private int _reconnects;

    public async Task<LoadResult> RunAsync(int conversations, int turns, int concurrency, CancellationToken cancellationToken)
    {
        if (!IPAddress.IsLoopback(Dns.GetHostAddresses(baseAddress.Host).First()))
        {
            throw new InvalidOperationException("load runs target loopback only");
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new ConcurrentBag<double>();
        var outcomes = new ConcurrentBag<(int Answered, int Lost, int Duplicated, int Misdelivered)>();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (n, ct) => outcomes.Add(await ConverseAsync(http, n, turns, latencies, ct)));
        watch.Stop();
        return new LoadResult
        {
            Conversations = conversations,
            TurnsSent = conversations * turns,
            Answered = outcomes.Sum(o => o.Answered),
            Lost = outcomes.Sum(o => o.Lost),
            Duplicated = outcomes.Sum(o => o.Duplicated),
            Misdelivered = outcomes.Sum(o => o.Misdelivered),
            Retried = _retried,
            ServerErrors500 = _errors500,
            Unavailable503 = _errors503,
            Reconnects = _reconnects,
            Elapsed = watch.Elapsed,
            LatenciesMs = [.. latencies],
        };
    }

    private async Task<(int, int, int, int)> ConverseAsync(HttpClient http, int n, int turns, ConcurrentBag<double> latencies, CancellationToken ct)
    {
        var start = await SendAsync(http, HttpMethod.Post, "v3/directline/conversations", null, null, ct);
        var conversationId = start.GetProperty("conversationId").GetString()!;
        var token = start.GetProperty("token").GetString()!;
        using var stream = new ConversationStream(this, http, conversationId, token, start.GetProperty("streamUrl").GetString()!);
        await stream.ConnectAsync(ct);
        var pump = stream.PumpAsync(ct);
        var echoes = new List<string>();
        try
        {
            for (var turn = 0; turn < turns; turn++)
            {
                var sent = Stopwatch.GetTimestamp();
                var text = Questions[(n + turn) % Questions.Length];
                var posted = await SendAsync(http, HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token,
                    new { type = "message", text, from = new { id = $"load-{n}" }, channelData = new { clientActivityID = $"load-{n}-{turn}" } }, ct);
                var echoId = posted.GetProperty("id").GetString()!;
                _echoOwner[echoId] = conversationId;
                echoes.Add(echoId);
                if (await stream.WaitForReplyAsync(echoId, turnTimeout, ct))
                {
                    latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);

                }
            }

            // Late duplicates would arrive shortly after the last answer.
            await Task.Delay(200, ct);
        }
        finally
        {
            await stream.CloseAsync();
            await pump;
        }

        var answered = echoes.Count(e => stream.RepliesTo(e) >= 1);
        var duplicated = echoes.Sum(e => Math.Max(0, stream.RepliesTo(e) - 1));
        var misdelivered = stream.ForeignReplies(conversationId, _echoOwner);
        return (answered, echoes.Count - answered, duplicated, misdelivered);
    }

    /// <summary>Sends with retries on 5xx and dropped connections (the same clientActivityID makes a retried post safe).</summary>
    internal async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, string? token, object? body, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            try
            {
                using var response = await http.SendAsync(request, ct);
                if (response.IsSuccessStatusCode)
                {
                    return JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.Clone();
                }

                if (response.StatusCode == HttpStatusCode.InternalServerError)
                {
                    Interlocked.Increment(ref _errors500);
                }
                else if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    Interlocked.Increment(ref _errors503);
                }

                if ((int)response.StatusCode < 500 || attempt >= 20)
                {
                    throw new HttpRequestException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                }
            }
            catch (HttpRequestException) when (attempt < 20)
            {
                // A dropped connection: try again below.
            }

            if (attempt == 0 && body is not null)
            {
                Interlocked.Increment(ref _retried);
            }

            await Task.Delay(250, ct);
        }
    }

    internal void Reconnected() => Interlocked.Increment(ref _reconnects);

    /// <summary>One conversation's WebSocket, reconnected with its watermark whenever it drops.</summary>
    private sealed class ConversationStream(DirectLineLoad load, HttpClient http, string conversationId, string token, string streamUrl) : IDisposable
    {
        private readonly ConcurrentDictionary<string, int> _replies = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, int> _seen = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<string> _foreign = new();
        private readonly SemaphoreSlim _arrived = new(0);
        private ClientWebSocket? _socket;
        private string _watermark = "";
        private volatile bool _closing;

        public async Task ConnectAsync(CancellationToken ct)
        {
            _socket?.Dispose();
            _socket = new ClientWebSocket();
            await _socket.ConnectAsync(new Uri(streamUrl), ct);
        }

        public async Task PumpAsync(CancellationToken ct)
        {
            var buffer = new byte[256 * 1024];
            while (!_closing && !ct.IsCancellationRequested)
            {
                try
                {
                    using var message = new MemoryStream();
                    WebSocketReceiveResult frame;
                    do
                    {
                        frame = await _socket!.ReceiveAsync(buffer, ct);
                        if (frame.MessageType == WebSocketMessageType.Close)
                        {
                            throw new WebSocketException("closed by the server");
                        }

                        message.Write(buffer, 0, frame.Count);
                    }
                    while (!frame.EndOfMessage);

                    if (message.Length > 0)
                    {
                        Take(JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement);
                    }
                }
                catch (Exception exception) when (exception is WebSocketException or IOException && !_closing)
                {
                    await ReconnectAsync(ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                catch (Exception) when (_closing)
                {
                    return;
                }
            }
        }

        private async Task ReconnectAsync(CancellationToken ct)
        {
            load.Reconnected();
            for (var attempt = 0; attempt < 40 && !_closing; attempt++)
            {
                try
                {
                    var again = await load.SendAsync(http, HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark={_watermark}", token, null, ct);
                    streamUrl = again.GetProperty("streamUrl").GetString()!;
                    await ConnectAsync(ct);
                    return;
                }
                catch (Exception exception) when (exception is WebSocketException or HttpRequestException)
                {
                    await Task.Delay(250, ct);
                }
            }
        }

        private void Take(JsonElement set)
        {
            foreach (var activity in set.GetProperty("activities").EnumerateArray())
            {
                var id = activity.GetProperty("id").GetString()!;
                // A replay after a reconnect repeats nothing: activities are counted once per id.
                if (_seen.AddOrUpdate(id, 1, (_, c) => c + 1) > 1)
                {
                    continue;
                }

                var fromBot = activity.TryGetProperty("from", out var from) && from.GetProperty("id").GetString() == "faqbot";
                var isMessage = activity.GetProperty("type").GetString() == "message";
                if (fromBot && isMessage && activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() is { } echoId)
                {
                    _replies.AddOrUpdate(echoId, 1, (_, c) => c + 1);
                    if (activity.GetProperty("conversation").GetProperty("id").GetString() != conversationId)
                    {
                        _foreign.Enqueue(echoId);
                    }

                    _arrived.Release();
                }
            }

            _watermark = set.GetProperty("watermark").GetString() ?? _watermark;
        }

        public async Task<bool> WaitForReplyAsync(string echoId, TimeSpan timeout, CancellationToken ct)
        {
            var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
            while (RepliesTo(echoId) == 0)
            {
                var left = TimeSpan.FromSeconds((double)(deadline - Stopwatch.GetTimestamp()) / Stopwatch.Frequency);
                if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left, ct))
                {
                    return RepliesTo(echoId) > 0;
                }
            }

            return true;
        }

        public int RepliesTo(string echoId) => _replies.TryGetValue(echoId, out var count) ? count : 0;

        /// <summary>Replies to questions of another conversation, or addressed to another conversation.</summary>
        public int ForeignReplies(string mine, ConcurrentDictionary<string, string> owners) =>
            _foreign.Count + _replies.Keys.Count(echo => owners.TryGetValue(echo, out var owner) && owner != mine);

        public async Task CloseAsync()
        {
            _closing = true;
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket!.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
            {
                // Gone already.
            }

            _socket!.Abort();
        }

        public void Dispose()
        {
            _socket?.Dispose();
            _arrived.Dispose();
        }
    }
}
