using System.Net;
using System.Text.Json;

namespace FaqBot.BotFramework.Tests.DirectLine;

/// <summary>Posting and polling activities with watermarks (conformance case T22) and the error rules.</summary>
public sealed class DirectLineActivityTests
{
    private static object UserMessage(string text, string clientActivityId) => new
    {
        type = "message",
        text,
        from = new { id = "u1", role = "user" },
        channelData = new { clientActivityID = clientActivityId },
    };

    [Fact]
    public async Task A_posted_message_is_echoed_with_its_new_id_then_the_bot_reply_follows()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var start = await host.StartConversationAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        var token = start.GetProperty("token").GetString();

        using var posted = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token, UserMessage("hi", "c-1"));
        var postedId = (await DirectLineTestHost.ReadJsonAsync(posted, HttpStatusCode.OK)).GetProperty("id").GetString();
        await host.WaitForTurnsAsync(id);

        using var polled = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities?watermark=", token);
        var set = await DirectLineTestHost.ReadJsonAsync(polled, HttpStatusCode.OK);
        var activities = set.GetProperty("activities").EnumerateArray().ToList();
        var echo = activities.Single(activity => activity.GetProperty("id").GetString() == postedId);
        Assert.Equal("c-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("u1", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(id, echo.GetProperty("conversation").GetProperty("id").GetString());
        Assert.EndsWith("Z", echo.GetProperty("timestamp").GetString(), StringComparison.Ordinal);

        // The user was unknown until this post, so the bot's welcome comes first, then the answer.
        Assert.Equal("welcome", activities[activities.IndexOf(echo) + 1].GetProperty("text").GetString());
        var reply = activities[activities.IndexOf(echo) + 2];
        Assert.Equal("you said: hi", reply.GetProperty("text").GetString());
        Assert.Equal("bot", reply.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(postedId, reply.GetProperty("replyToId").GetString());
        Assert.True(reply.TryGetProperty("suggestedActions", out _));
        Assert.True(reply.GetProperty("timestamp").GetDateTimeOffset() > echo.GetProperty("timestamp").GetDateTimeOffset());

        var watermark = set.GetProperty("watermark").GetString();
        using var again = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities?watermark={watermark}", token);
        var rest = await DirectLineTestHost.ReadJsonAsync(again, HttpStatusCode.OK);
        Assert.Empty(rest.GetProperty("activities").EnumerateArray());
        Assert.Equal(watermark, rest.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task The_welcome_for_a_known_user_is_waiting_before_the_first_message()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var start = await host.StartConversationAsync("dl_bob");
        var id = start.GetProperty("conversationId").GetString()!;
        await host.WaitForTurnsAsync(id);

        using var polled = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", start.GetProperty("token").GetString());
        var set = await DirectLineTestHost.ReadJsonAsync(polled, HttpStatusCode.OK);
        var welcome = Assert.Single(set.GetProperty("activities").EnumerateArray());
        Assert.Equal("welcome", welcome.GetProperty("text").GetString());
        Assert.Equal("dl_bob", welcome.GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Replies_reach_the_client_in_the_order_the_questions_were_asked_and_typing_stays_off_polling()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var start = await host.StartConversationAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        var token = start.GetProperty("token").GetString();
        for (var i = 0; i < 5; i++)
        {
            using var posted = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token, UserMessage($"q{i}", $"c-{i}"));
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        await host.WaitForTurnsAsync(id);
        using var polled = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", token);
        var activities = (await DirectLineTestHost.ReadJsonAsync(polled, HttpStatusCode.OK)).GetProperty("activities").EnumerateArray().ToList();

        Assert.DoesNotContain(activities, activity => activity.GetProperty("type").GetString() == "typing");
        var replies = activities.Where(a => a.TryGetProperty("replyToId", out _)).Select(a => a.GetProperty("text").GetString());
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"you said: q{i}"), replies);
        var timestamps = activities.Select(a => a.GetProperty("timestamp").GetDateTimeOffset()).ToList();
        Assert.Equal(timestamps.Order().Distinct(), timestamps);
    }

    [Theory]
    [InlineData("not json", "BadSyntax")]
    [InlineData("[1,2]", "BadSyntax")]
    [InlineData("{\"text\":\"no type\"}", "MissingProperty")]
    [InlineData("{\"type\":\"message\",\"text\":42}", "BadArgument")]
    public async Task Malformed_activities_get_400_with_a_direct_line_error(string body, string code)
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var start = await host.StartConversationAsync();
        using var response = await host.SendAsync(HttpMethod.Post,
            $"/v3/directline/conversations/{start.GetProperty("conversationId").GetString()}/activities", start.GetProperty("token").GetString(), body);

        Assert.Equal(code, await DirectLineTestHost.AssertErrorAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task An_oversized_activity_gets_413_and_an_unreadable_watermark_400()
    {
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxActivityBytes"] = "1024" });
        var start = await host.StartConversationAsync();
        var id = start.GetProperty("conversationId").GetString();
        var token = start.GetProperty("token").GetString();

        using var large = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token, UserMessage(new string('x', 2000), "c"));
        using var watermark = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities?watermark=abc", token);

        await DirectLineTestHost.AssertErrorAsync(large, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("BadArgument", await DirectLineTestHost.AssertErrorAsync(watermark, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Unknown_conversations_and_routes_get_404_with_a_direct_line_error()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var conversation = await host.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope/activities", DirectLineTestHost.Secret);
        using var route = await host.SendAsync(HttpMethod.Get, "/v3/directline/session/getsessionid", DirectLineTestHost.Secret);

        await DirectLineTestHost.AssertErrorAsync(conversation, HttpStatusCode.NotFound);
        await DirectLineTestHost.AssertErrorAsync(route, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Posting_faster_than_the_limit_gets_429()
    {
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxPostsPerMinute"] = "3" });
        var start = await host.StartConversationAsync();
        var path = $"/v3/directline/conversations/{start.GetProperty("conversationId").GetString()}/activities";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await host.SendAsync(HttpMethod.Post, path, start.GetProperty("token").GetString(), UserMessage("q", $"c-{i}"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_long_conversation_keeps_only_its_newest_activities_and_watermarks_keep_rising()
    {
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "4" });
        var start = await host.StartConversationAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        var token = start.GetProperty("token").GetString();
        for (var i = 0; i < 6; i++)
        {
            using var posted = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token, UserMessage($"q{i}", $"c-{i}"));
            await host.WaitForTurnsAsync(id);
        }

        using var polled = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", token);
        var set = await DirectLineTestHost.ReadJsonAsync(polled, HttpStatusCode.OK);
        var activities = set.GetProperty("activities").EnumerateArray().ToList();

        Assert.True(activities.Count <= 4);
        Assert.Equal("you said: q5", activities[^1].GetProperty("text").GetString());
        // Two conversationUpdates for the bot (not shown, but logged), the welcome, then echo, typing
        // and answer per question.
        Assert.Equal(2 + 1 + (6 * 3), int.Parse(set.GetProperty("watermark").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Conversations_are_bounded_in_number_and_expire_when_idle()
    {
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "3" });
        var first = await host.StartConversationAsync();
        for (var i = 0; i < 2; i++)
        {
            await host.StartConversationAsync();
        }

        using var generated = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret);
        var token = (await DirectLineTestHost.ReadJsonAsync(generated, HttpStatusCode.OK)).GetProperty("token").GetString();
        using var refused = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        await DirectLineTestHost.AssertErrorAsync(refused, HttpStatusCode.TooManyRequests);

        host.Time.Advance(TimeSpan.FromMinutes(31));
        using var accepted = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestHost.Secret);
        await DirectLineTestHost.ReadJsonAsync(accepted, HttpStatusCode.Created);
        using var gone = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{first.GetProperty("conversationId").GetString()}/activities", DirectLineTestHost.Secret);
        await DirectLineTestHost.AssertErrorAsync(gone, HttpStatusCode.NotFound);
        Assert.Equal(1, host.LiveConversations);
    }

    [Fact]
    public async Task Churn_never_holds_more_conversations_than_the_limit()
    {
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "10" });
        var peak = 0L;
        for (var round = 0; round < 5; round++)
        {
            for (var i = 0; i < 10; i++)
            {
                using var started = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestHost.Secret);
                Assert.Equal(HttpStatusCode.Created, started.StatusCode);
                peak = Math.Max(peak, host.LiveConversations);
            }

            host.Time.Advance(TimeSpan.FromMinutes(31));
        }

        Assert.Equal(10, peak);
    }

    [Fact]
    public async Task The_start_body_user_id_and_locale_reach_the_bot()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var started = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestHost.Secret, new { user = new { id = "r_abc" }, locale = "de-DE" });
        var start = await DirectLineTestHost.ReadJsonAsync(started, HttpStatusCode.Created);
        await host.WaitForTurnsAsync(start.GetProperty("conversationId").GetString()!);

        var update = Assert.Single(host.Bot.Received);
        Assert.Equal("de-DE", update.Locale);
        Assert.Contains(update.MembersAdded!, member => member.Id == "r_abc");
        Assert.Equal(JsonValueKind.String, start.GetProperty("token").ValueKind);
    }
}
