using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FaqBot.Answers.Composition;
using FaqBot.Answers.Feedback;
using FaqBot.BotFramework.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.BotFramework.Tests.Turns;

/// <summary>Feedback buttons, reactions and the unanswered log, end to end through /api/messages.</summary>
public sealed class FeedbackTurnTests : AnonymousBotTestBase
{
    [Fact]
    public async Task Thumbs_down_button_from_the_answer_card_is_recorded_with_question_and_sources()
    {
        await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "what is baclofen", "webchat"));
        var card = Channel.PostedActivities.Single(a => a.Type == "message").Attachments!.Single().Content!.Value;
        var thumbsDown = card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString()!.Contains("👎", StringComparison.Ordinal));

        var submit = TestActivities.Message(Channel.ServiceUrl, null, "webchat", id: "m2");
        submit["value"] = JsonNode.Parse(thumbsDown.GetProperty("data").GetRawText());
        using var response = await Host.PostAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = Assert.Single(Logs().Feedback.ReadAll().Records);
        Assert.Equal(FeedbackRating.Unhelpful, record.Rating);
        Assert.Equal("what is baclofen", record.Question);
        Assert.Equal(new FeedbackSource("GARD/baclofen", "Uses"), Assert.Single(record.Sources));
        Assert.Equal("webchat", record.Channel);
        Assert.Equal(ConversationIdHasher.Hash("c1"), record.ConversationHash);
        Assert.DoesNotContain("\"c1\"", await File.ReadAllTextAsync(Host.FeedbackPath), StringComparison.Ordinal);
        Assert.Equal("Thanks for your feedback.", Channel.PostedActivities[^1].Text);
        Assert.Single(Host.Answerer.Questions);
    }

    [Fact]
    public async Task Post_back_feedback_from_a_markdown_channel_is_recorded()
    {
        await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "what is baclofen", "slack"));
        var hero = Channel.PostedActivities.Single(a => a.Type == "message").Attachments!.Single();
        Assert.Equal("application/vnd.microsoft.card.hero", hero.ContentType);
        var helpful = hero.Content!.Value.GetProperty("buttons")[0];
        Assert.Equal("postBack", helpful.GetProperty("type").GetString());

        var submit = TestActivities.Message(Channel.ServiceUrl, null, "slack", id: "m2");
        submit["value"] = JsonNode.Parse(helpful.GetProperty("value").GetRawText());
        await Host.PostAsync(submit);

        Assert.Equal(FeedbackRating.Helpful, Assert.Single(Logs().Feedback.ReadAll().Records).Rating);
    }

    [Fact]
    public async Task Teams_like_reaction_is_recorded_against_the_last_answer()
    {
        await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "what is baclofen", "msteams"));
        var reaction = TestActivities.Of("messageReaction", Channel.ServiceUrl, "msteams");
        reaction["replyToId"] = "reply-2";
        reaction["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" }, new JsonObject { ["type"] = "laugh" });
        var before = Channel.Requests.Count;

        using var response = await Host.PostAsync(reaction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, Channel.Requests.Count);
        var record = Assert.Single(Logs().Feedback.ReadAll().Records);
        Assert.Equal(FeedbackRating.Helpful, record.Rating);
        Assert.Equal("reaction", record.Via);
        Assert.Equal("what is baclofen", record.Question);
    }

    [Fact]
    public async Task No_answer_and_low_confidence_questions_go_to_the_unanswered_log()
    {
        await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "something unknown"));
        await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "unsure about this", id: "m2"));
        await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "what is baclofen", id: "m3"));

        var records = Logs().Unanswered.ReadAll().Records;
        Assert.Equal(["something unknown", "unsure about this"], records.Select(r => r.Question));
        Assert.Equal([AnswerKind.NoAnswer, AnswerKind.LowConfidence], records.Select(r => r.Kind));
        using var line = JsonDocument.Parse(File.ReadLines(Host.UnansweredPath).First());
        Assert.Equal("no_answer", line.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Forged_feedback_with_an_unknown_rating_is_treated_as_a_plain_message()
    {
        var submit = TestActivities.Message(Channel.ServiceUrl, null);
        submit["value"] = new JsonObject { ["faqbot"] = "feedback", ["rating"] = "excellent" };

        using var response = await Host.PostAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Logs().Feedback.ReadAll().Records);
    }

    private (FeedbackLog Feedback, UnansweredLog Unanswered) Logs() =>
        (Host.App.Services.GetRequiredService<FeedbackLog>(), Host.App.Services.GetRequiredService<UnansweredLog>());
}
