using System.Net;
using FaqBot.BotFramework.Tests.Infrastructure;

namespace FaqBot.BotFramework.Tests.Connector;

/// <summary>Replies survive throttling and outages within bounds (conformance T19).</summary>
public sealed class ConnectorRetryTests : AnonymousBotTestBase
{
    [Fact]
    public async Task Throttled_reply_is_retried_after_the_retry_after_delay()
    {
        Channel.Respond(429, "1");
        Channel.Respond(429, "1");

        using var response = await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["typing", "typing", "typing", "message"], Channel.Requests.Select(r => r.Activity!.Type));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], Host.Time.RequestedDelays);
        Assert.Equal(0, Host.FailedReplies);
        Assert.Equal(2, Host.DeliveredReplies);
    }

    [Fact]
    public async Task Service_unavailable_is_retried()
    {
        Channel.Respond(503, "2");

        await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "hello"));

        Assert.Equal(3, Channel.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(2)], Host.Time.RequestedDelays);
        Assert.Equal(0, Host.FailedReplies);
    }

    [Fact]
    public async Task Bad_request_from_the_channel_is_not_retried_and_is_counted()
    {
        Channel.Respond(400);

        using var response = await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["typing", "message"], Channel.Requests.Select(r => r.Activity!.Type));
        Assert.Empty(Host.Time.RequestedDelays);
        Assert.Equal(1, Host.FailedReplies);
        Assert.Equal(1, Host.DeliveredReplies);
    }

    [Fact]
    public async Task Persistent_server_errors_stop_after_the_attempt_limit_with_exponential_backoff()
    {
        for (var i = 0; i < 6; i++)
        {
            Channel.Respond(500);
        }

        using var response = await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, Channel.Requests.Count);
        Assert.Equal(2, Host.FailedReplies);
        var delays = Host.Time.RequestedDelays.ToList();
        Assert.Equal(4, delays.Count);
        Assert.All(delays.Where((_, i) => i % 2 == 0), d => Assert.InRange(d.TotalSeconds, 0.8, 1.2));
        Assert.All(delays.Where((_, i) => i % 2 == 1), d => Assert.InRange(d.TotalSeconds, 1.6, 2.4));
    }

    [Fact]
    public async Task Retry_after_beyond_the_budget_gives_up_at_once()
    {
        Channel.Respond(429, "3600");

        await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "hello"));

        Assert.Empty(Host.Time.RequestedDelays);
        Assert.Equal(1, Host.FailedReplies);
        Assert.Equal(2, Channel.Requests.Count);
    }

    [Fact]
    public async Task Unreachable_channel_is_retried_then_counted_without_failing_the_turn()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        using var response = await Host.PostAsync(TestActivities.Message($"http://127.0.0.1:{port}", "hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, Host.FailedReplies);
        Assert.Equal(4, Host.Time.RequestedDelays.Count);
    }
}
