using System.Net;
using System.Net.WebSockets;

namespace FaqBot.BotFramework.Tests.DirectLine;

/// <summary>CORS for other sites' pages (conformance case T24) and the WebSocket origin check.</summary>
public sealed class DirectLineCorsTests
{
    private const string Allowed = "https://clinic.example.org";

    private static Task<DirectLineTestHost> StartAsync() =>
        DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = Allowed });

    private static HttpRequestMessage Preflight(string path, string origin, string headers = "authorization,content-type,x-ms-bot-agent")
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }

    [Theory]
    [InlineData("/v3/directline/conversations")]
    [InlineData("/v3/directline/tokens/refresh")]
    [InlineData("/v3/directline/conversations/abc/activities")]
    public async Task A_preflight_from_an_allowed_origin_grants_the_direct_line_headers(string path)
    {
        await using var host = await StartAsync();
        using var response = await host.Http.SendAsync(Preflight(path, Allowed));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Allowed, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var headers = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers"));
        foreach (var header in new[] { "authorization", "content-type", "x-ms-bot-agent", "accept" })
        {
            Assert.Contains(header, headers, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preflight_from_another_origin_or_asking_for_other_headers_is_refused()
    {
        await using var host = await StartAsync();
        using var other = await host.Http.SendAsync(Preflight("/v3/directline/conversations", "https://evil.example"));
        using var headers = await host.Http.SendAsync(Preflight("/v3/directline/conversations", Allowed, "authorization,x-custom"));

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.Forbidden, headers.StatusCode);
    }

    [Fact]
    public async Task Actual_responses_name_the_allowed_origin_only()
    {
        await using var host = await StartAsync();
        using var allowed = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        allowed.Headers.Add("Origin", Allowed);
        allowed.Headers.Add("Authorization", "Bearer " + DirectLineTestHost.Secret);
        using var other = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        other.Headers.Add("Origin", "https://evil.example");
        other.Headers.Add("Authorization", "Bearer " + DirectLineTestHost.Secret);

        using var allowedResponse = await host.Http.SendAsync(allowed);
        using var otherResponse = await host.Http.SendAsync(other);

        Assert.Equal(Allowed, allowedResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(otherResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_websocket_from_an_origin_that_is_not_allowed_is_refused()
    {
        await using var host = await StartAsync();
        var start = await host.StartConversationAsync();
        var url = start.GetProperty("streamUrl").GetString()!;

        await Assert.ThrowsAsync<WebSocketException>(() => DirectLineStreamTests.ConnectFromAsync(url, "https://evil.example"));
        using var socket = await DirectLineStreamTests.ConnectFromAsync(url, Allowed);
        Assert.Equal(WebSocketState.Open, socket.State);
    }
}
