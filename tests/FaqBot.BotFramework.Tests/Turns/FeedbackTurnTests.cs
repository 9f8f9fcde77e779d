using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FaqBot.Answers.Composition;
using FaqBot.Answers.Feedback;
using FaqBot.BotFramework.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.BotFramework.Tests.Turns;

/// <summary>Feedback buttons, reactions and the unanswered log, end to end through /api/messages.</summary>
public sealed class FeedbackTurnTests : IAsyncLifetime
{
    private BotHost host = null!;
    private FakeChannel channel = null!;

    public async Task InitializeAsync()
    {
        channel = await FakeChannel.StartAsync();
        host = await BotHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await channel.DisposeAsync();
    }

    [Fact]
    public async Task Thumbs_down_button_from_the_answer_card_is_recorded_with_question_and_sources()
    {
        await host.PostAsync(TestActivities.Message(channel.ServiceUrl, "what is baclofen", "webchat"));
        var card = channel.PostedActivities.Single(a => a.Type == "message").Attachments!.Single().Content!.Value;
        var thumbsDown = card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString()!.Contains("👎", StringComparison.Ordinal));

        var submit = TestActivities.Message(channel.ServiceUrl, null, "webchat", id: "m2");
        submit["value"] = JsonNode.Parse(thumbsDown.GetProperty("data").GetRawText());
        using var response = await host.PostAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = Assert.Single(Logs().Feedback.ReadAll().Records);
        Assert.Equal(FeedbackRating.Unhelpful, record.Rating);
        Assert.Equal("what is baclofen", record.Question);
        Assert.Equal(new FeedbackSource("GARD/baclofen", "Uses"), Assert.Single(record.Sources));
        Assert.Equal("webchat", record.Channel);
        Assert.Equal(ConversationIdHasher.Hash("c1"), record.ConversationHash);
        Assert.DoesNotContain("\"c1\"", await File.ReadAllTextAsync(host.FeedbackPath), StringComparison.Ordinal);
        Assert.Equal("Thanks for your feedback.", channel.PostedActivities[^1].Text);
        Assert.Single(host.Answerer.Questions);
    }

    [Fact]
    public async Task Post_back_feedback_from_a_markdown_channel_is_recorded()
    {
        await host.PostAsync(TestActivities.Message(channel.ServiceUrl, "what is baclofen", "slack"));
        var hero = channel.PostedActivities.Single(a => a.Type == "message").Attachments!.Single();
        Assert.Equal("application/vnd.microsoft.card.hero", hero.ContentType);
        var helpful = hero.Content!.Value.GetProperty("buttons")[0];
        Assert.Equal("postBack", helpful.GetProperty("type").GetString());

        var submit = TestActivities.Message(channel.ServiceUrl, null, "slack", id: "m2");
        submit["value"] = JsonNode.Parse(helpful.GetProperty("value").GetRawText());
        await host.PostAsync(submit);

        Assert.Equal(FeedbackRating.Helpful, Assert.Single(Logs().Feedback.ReadAll().Records).Rating);
    }

    [Fact]
    public async Task Teams_like_reaction_is_recorded_against_the_last_answer()
    {
        await host.PostAsync(TestActivities.Message(channel.ServiceUrl, "what is baclofen", "msteams"));
        var reaction = TestActivities.Of("messageReaction", channel.ServiceUrl, "msteams");
        reaction["replyToId"] = "reply-2";
        reaction["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" }, new JsonObject { ["type"] = "laugh" });
        var before = channel.Requests.Count;

        using var response = await host.PostAsync(reaction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, channel.Requests.Count);
        var record = Assert.Single(Logs().Feedback.ReadAll().Records);
        Assert.Equal(FeedbackRating.Helpful, record.Rating);
        Assert.Equal("reaction", record.Via);
        Assert.Equal("what is baclofen", record.Question);
    }

    [Fact]
    public async Task No_answer_and_low_confidence_questions_go_to_the_unanswered_log()
    {
        await host.PostAsync(TestActivities.Message(channel.ServiceUrl, "something unknown"));
        await host.PostAsync(TestActivities.Message(channel.ServiceUrl, "unsure about this", id: "m2"));
        await host.PostAsync(TestActivities.Message(channel.ServiceUrl, "what is baclofen", id: "m3"));

        var records = Logs().Unanswered.ReadAll().Records;
        Assert.Equal(["something unknown", "unsure about this"], records.Select(r => r.Question));
        Assert.Equal([AnswerKind.NoAnswer, AnswerKind.LowConfidence], records.Select(r => r.Kind));
        using var line = JsonDocument.Parse(File.ReadLines(host.UnansweredPath).First());
        Assert.Equal("no_answer", line.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Forged_feedback_with_an_unknown_rating_is_treated_as_a_plain_message()
    {
        var submit = TestActivities.Message(channel.ServiceUrl, null);
        submit["value"] = new JsonObject { ["faqbot"] = "feedback", ["rating"] = "excellent" };

        using var response = await host.PostAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Logs().Feedback.ReadAll().Records);
    }

    private (FeedbackLog Feedback, UnansweredLog Unanswered) Logs() =>
        (host.App.Services.GetRequiredService<FeedbackLog>(), host.App.Services.GetRequiredService<UnansweredLog>());
}
