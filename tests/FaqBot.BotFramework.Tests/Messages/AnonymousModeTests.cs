using System.Net;
using System.Text.Json.Nodes;
using FaqBot.BotFramework.Tests.Infrastructure;

namespace FaqBot.BotFramework.Tests.Messages;

/// <summary>No MicrosoftAppId: the Emulator's local mode (conformance T6, T7, T9, T10, T18 and the loopback-only rule).</summary>
public sealed class AnonymousModeTests : AnonymousBotTestBase
{
    [Fact]
    public async Task Message_gets_200_empty_and_replies_to_the_activity_without_authorization()
    {
        using var response = await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var requests = Channel.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal("/v3/conversations/c1/activities/m1", r.RawPath);
            Assert.Null(r.Authorization);
        });
        Assert.Equal("typing", requests[0].Activity!.Type);
        Assert.Equal("message", requests[1].Activity!.Type);
        Assert.Equal(2, Host.DeliveredReplies);
    }

    [Fact]
    public async Task Reply_is_addressed_back_to_the_sender()
    {
        var activity = TestActivities.Message(Channel.ServiceUrl, "what is baclofen");
        activity["locale"] = "de-DE";

        await Host.PostAsync(activity);

        var reply = Assert.Single(Channel.PostedActivities, a => a.Type == "message");
        Assert.Equal("b1", reply.From!.Id);
        Assert.Equal("u1", reply.Recipient!.Id);
        Assert.Equal("c1", reply.Conversation!.Id);
        Assert.Equal("m1", reply.ReplyToId);
        Assert.Equal("de-DE", reply.Locale);
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
        Assert.Null(reply.Id);
        var raw = JsonNode.Parse(Channel.Requests.Last().Body)!.AsObject();
        Assert.False(raw.ContainsKey("id"));
        Assert.Equal("de-DE", Host.Answerer.Questions.Single().Locale);
    }

    [Fact]
    public async Task Expect_replies_returns_every_reply_in_the_body_and_posts_nothing()
    {
        var activity = TestActivities.Message(Channel.ServiceUrl, "what is baclofen");
        activity["deliveryMode"] = "expectReplies";

        using var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var activities = body["activities"]!.AsArray();
        var message = Assert.Single(activities, a => (string?)a!["type"] == "message")!;
        Assert.Equal("b1", (string?)message["from"]!["id"]);
        Assert.Equal("u1", (string?)message["recipient"]!["id"]);
        Assert.Equal("c1", (string?)message["conversation"]!["id"]);
        Assert.Equal("m1", (string?)message["replyToId"]);
        Assert.False(string.IsNullOrEmpty((string?)message["text"]));
        Assert.Empty(Channel.Requests);
    }

    [Fact]
    public async Task Ids_are_escaped_as_path_segments_and_the_trailing_slash_is_normalised()
    {
        var activity = TestActivities.Message(Channel.ServiceUrl.TrimEnd('/'), "hello", id: "1:x|y", conversationId: "19:abc@thread.tacv2;messageid=17");

        await Host.PostAsync(activity);

        var paths = Channel.Requests.Select(r => r.RawPath).Distinct().ToList();
        Assert.Equal(["/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities/1%3Ax%7Cy"], paths);
    }

    [Fact]
    public async Task Service_url_with_trailing_slash_gives_the_same_path()
    {
        await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl.TrimEnd('/') + "/", "hello"));

        Assert.All(Channel.Requests, r => Assert.Equal("/v3/conversations/c1/activities/m1", r.RawPath));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("http://10.0.0.5:8080/")]
    [InlineData("http://user:pw@127.0.0.1/")]
    public async Task Non_loopback_service_url_is_refused_before_the_bot_runs(string serviceUrl)
    {
        using var response = await Host.PostAsync(TestActivities.Message(serviceUrl, "hello"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Host.Answerer.Questions);
        Assert.Equal(0, Host.DeliveredReplies + Host.FailedReplies);
    }

    [Fact]
    public async Task Expect_replies_needs_no_loopback_service_url_because_nothing_is_posted()
    {
        var activity = TestActivities.Message("https://evil.example/", "hello");
        activity["deliveryMode"] = "expectReplies";

        using var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, Host.DeliveredReplies + Host.FailedReplies);
    }

    [Fact]
    public async Task Token_sent_to_an_anonymous_bot_gets_401()
    {
        using var response = await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "hello"), bearer: "a.b.c");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Channel.Requests);
    }

    [Fact]
    public async Task Production_without_app_id_refuses_remote_requests()
    {
        await using var production = await BotHost.StartAsync(environment: "Production", remotePeer: true);

        using var response = await production.PostAsync(TestActivities.Message(Channel.ServiceUrl, "hello"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(production.Answerer.Questions);
        Assert.Empty(Channel.Requests);
    }

    [Fact]
    public async Task Production_without_app_id_still_serves_the_local_emulator()
    {
        await using var production = await BotHost.StartAsync(environment: "Production");

        using var response = await production.PostAsync(TestActivities.Message(Channel.ServiceUrl, "hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Caller_id_from_the_wire_is_never_trusted()
    {
        var activity = TestActivities.Message(Channel.ServiceUrl, "hello");
        activity["callerId"] = "urn:botframework:azure";
        activity["deliveryMode"] = "expectReplies";

        using var response = await Host.PostAsync(activity);

        Assert.DoesNotContain("callerId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
