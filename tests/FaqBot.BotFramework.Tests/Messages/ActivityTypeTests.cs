using System.Net;
using System.Text.Json.Nodes;
using FaqBot.BotFramework.Tests.Infrastructure;

namespace FaqBot.BotFramework.Tests.Messages;

/// <summary>What the bot does for each activity type (conformance T11-T17).</summary>
public sealed class ActivityTypeTests : AnonymousBotTestBase
{
    [Fact]
    public async Task Bot_joining_gets_no_welcome()
    {
        var update = TestActivities.Of("conversationUpdate", Channel.ServiceUrl);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "b1" });

        using var response = await Host.PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Channel.Requests);
        Assert.Equal(0, Host.Answerer.Welcomes);
    }

    [Fact]
    public async Task User_joining_on_direct_line_gets_one_welcome_sent_to_the_conversation()
    {
        var update = TestActivities.Of("conversationUpdate", Channel.ServiceUrl, "directline");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "b1" }, new JsonObject { ["id"] = "u1" });

        using var response = await Host.PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(Channel.Requests);
        Assert.Equal("/v3/conversations/c1/activities", request.RawPath);
        Assert.Equal("message", request.Activity!.Type);
        Assert.Null(request.Activity.ReplyToId);
        Assert.Contains("Hi!", request.Activity.Text, StringComparison.Ordinal);
        Assert.Equal("What is baclofen?", Assert.Single(request.Activity.SuggestedActions!.Actions).Title);
    }

    [Fact]
    public async Task Emulator_join_of_bot_and_user_welcomes_once_as_a_reply()
    {
        var update = TestActivities.Of("conversationUpdate", Channel.ServiceUrl);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "b1" }, new JsonObject { ["id"] = "u1" }, new JsonObject { ["id"] = "u2" });

        await Host.PostAsync(update);

        Assert.Equal("/v3/conversations/c1/activities/m1", Assert.Single(Channel.Requests).RawPath);
        Assert.Equal(1, Host.Answerer.Welcomes);
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task Teams_mention_of_the_bot_is_removed_before_answering(string scope)
    {
        var message = TestActivities.Message(Channel.ServiceUrl, "<at>FAQ Bot</at> what is&nbsp;baclofen?", "msteams");
        message["conversation"] = new JsonObject { ["id"] = "19:abc@thread.tacv2", ["conversationType"] = scope, ["isGroup"] = scope != "personal" };
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = "b1", ["name"] = "FAQ Bot" },
            ["text"] = "<at>@FAQ Bot</at>",
        });

        await Host.PostAsync(message);

        Assert.Equal("what is baclofen?", Host.Answerer.Questions.Single().Text);
        var reply = Assert.Single(Channel.PostedActivities, a => a.Type == "message");
        Assert.DoesNotContain("<at>", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_html_copy_of_the_message_is_not_treated_as_a_file()
    {
        var message = TestActivities.Message(Channel.ServiceUrl, "what is baclofen?", "msteams");
        message["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/html", ["content"] = "<p>what is baclofen?</p>" });

        await Host.PostAsync(message);

        Assert.Equal("what is baclofen?", Host.Answerer.Questions.Single().Text);
    }

    [Fact]
    public async Task Card_submit_with_a_question_value_is_answered()
    {
        var message = TestActivities.Message(Channel.ServiceUrl, null);
        message["value"] = new JsonObject { ["question"] = "dosage" };

        using var response = await Host.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("dosage", Host.Answerer.Questions.Single().Text);
    }

    [Fact]
    public async Task Empty_message_gets_the_help_reply()
    {
        using var response = await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "   "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, Host.Answerer.Welcomes);
        Assert.Single(Channel.PostedActivities, a => a.Type == "message");
    }

    [Fact]
    public async Task Adaptive_card_action_invoke_is_answered_with_an_invoke_response()
    {
        var invoke = TestActivities.Of("invoke", Channel.ServiceUrl, "msteams");
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "rate",
                ["data"] = new JsonObject { ["faqbot"] = "feedback", ["rating"] = "helpful", ["question"] = "what is baclofen" },
            },
        };

        using var response = await Host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Empty(Channel.Requests);
        Assert.Contains("\"helpful\"", await File.ReadAllTextAsync(Host.FeedbackPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_with_expect_replies_carries_the_invoke_response_in_the_activities()
    {
        var invoke = TestActivities.Of("invoke", Channel.ServiceUrl, "msteams");
        invoke["name"] = "adaptiveCard/action";
        invoke["deliveryMode"] = "expectReplies";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = new JsonObject { ["faqbot"] = "feedback", ["rating"] = "unhelpful" } },
        };

        using var response = await Host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activity = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray())!;
        Assert.Equal("invokeResponse", (string?)activity["type"]);
        Assert.Equal(200, (int)activity["value"]!["status"]!);
        Assert.Equal(200, (int)activity["value"]!["body"]!["statusCode"]!);
    }

    [Theory]
    [InlineData("{\"notAction\":1}", "BadRequest")]
    [InlineData("{\"action\":{\"type\":\"Action.Submit\"}}", "NotSupported")]
    public async Task Malformed_adaptive_card_action_gets_400_with_an_error_body(string value, string code)
    {
        var invoke = TestActivities.Of("invoke", Channel.ServiceUrl, "msteams");
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = JsonNode.Parse(value);

        using var response = await Host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal(code, (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task Unknown_invoke_gets_501_and_no_message()
    {
        var invoke = TestActivities.Of("invoke", Channel.ServiceUrl, "msteams");
        invoke["name"] = "composeExtension/query";

        using var response = await Host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(Channel.Requests);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("event")]
    [InlineData("installationUpdate")]
    [InlineData("endOfConversation")]
    [InlineData("messageUpdate")]
    [InlineData("messageDelete")]
    [InlineData("contactRelationUpdate")]
    [InlineData("deleteUserData")]
    [InlineData("trace")]
    [InlineData("somethingNew")]
    public async Task Other_activity_types_get_200_and_no_reply(string type)
    {
        var activity = TestActivities.Of(type, Channel.ServiceUrl);
        activity["name"] = "someUnknownEvent";
        activity["action"] = "add";
        activity["futureField"] = new JsonArray(1, 2);

        using var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(Channel.Requests);
        Assert.Empty(Host.Answerer.Questions);
    }

    [Fact]
    public async Task Turn_that_throws_gets_200_and_an_apology()
    {
        using var response = await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "please explode"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Channel.PostedActivities);
        Assert.StartsWith("Sorry, something went wrong", reply.Text, StringComparison.Ordinal);
    }
}
