using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FaqBot.Cluster.Tests;

/// <summary>Direct Line calls against any address: the load balancer or one instance.</summary>
internal sealed class DirectLineClient(string conversationId, string token) : IDisposable
{
    private readonly HttpClient _http = new();

    public string ConversationId => conversationId;

    public static async Task<(DirectLineClient Client, string StreamUrl)> StartAsync(Uri address)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(address, "v3/directline/conversations"), null);
        response.EnsureSuccessStatusCode();
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (new DirectLineClient(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!),
            body.GetProperty("streamUrl").GetString()!);
    }

    public async Task<string> PostAsync(Uri address, string text, string clientActivityId)
    {
        using var request = Request(HttpMethod.Post, address, $"v3/directline/conversations/{conversationId}/activities");
        request.Content = JsonContent.Create(new { type = "message", text, from = new { id = "cluster-user" }, channelData = new { clientActivityID = clientActivityId } });
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST via {address}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Polls until the bot's message reply to <paramref name="echoId"/> is there; returns it.</summary>
    public async Task<JsonElement> ReplyToAsync(Uri address, string echoId)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var replies = (await ActivitiesAsync(address)).Where(a => IsReplyTo(a, echoId)).ToList();
            if (replies.Count > 0)
            {
                return replies[0];
            }

            Assert.True(DateTime.UtcNow < until, $"no reply to {echoId} via {address}");
            await Task.Delay(50);
        }
    }

    public async Task<List<JsonElement>> ActivitiesAsync(Uri address)
    {
        using var request = Request(HttpMethod.Get, address, $"v3/directline/conversations/{conversationId}/activities");
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone())];
    }

    public async Task<string> ReconnectStreamUrlAsync(Uri address, string watermark)
    {
        using var request = Request(HttpMethod.Get, address, $"v3/directline/conversations/{conversationId}?watermark={watermark}");
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("streamUrl").GetString()!;
    }

    public static bool IsReplyTo(JsonElement activity, string echoId) =>
        activity.GetProperty("type").GetString() == "message"
        && activity.GetProperty("from").GetProperty("id").GetString() == "faqbot"
        && activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == echoId;

    private HttpRequestMessage Request(HttpMethod method, Uri address, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(address, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public void Dispose() => _http.Dispose();
}
