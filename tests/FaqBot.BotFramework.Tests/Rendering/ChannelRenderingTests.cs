using System.Text.Json;
using FaqBot.BotFramework.Schema;
using FaqBot.BotFramework.Tests.Infrastructure;

namespace FaqBot.BotFramework.Tests.Rendering;

/// <summary>How an answer looks on each channel: Adaptive Cards where rendered, Markdown elsewhere.</summary>
public sealed class ChannelRenderingTests : AnonymousBotTestBase
{
    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public async Task Web_chat_channels_get_an_adaptive_card_and_suggested_actions(string channelId)
    {
        var reply = await AskAsync(channelId);

        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var card = attachment.Content!.Value;
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var texts = CardTexts(card);
        Assert.Contains("**Baclofen** is a muscle relaxant. Dosage is set by your prescriber.", texts);
        Assert.Contains($"[Baclofen › Uses]({Host.BaseUrl.TrimEnd('/')}/articles/GARD/baclofen#uses) (MedlinePlus)", texts);
        Assert.Contains(FakeQuestionAnswerer.Disclaimer, texts);
        Assert.Equal(["👍 Helpful", "👎 Not helpful"], Titles(card));
        Assert.Equal(["What are the side effects?", "Can I drink alcohol?"], reply.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(reply.SuggestedActions.Actions, a => Assert.Equal("imBack", a.Type));
    }

    [Fact]
    public async Task Teams_gets_suggestions_as_card_buttons_not_suggested_actions()
    {
        var reply = await AskAsync("msteams");

        Assert.Null(reply.SuggestedActions);
        var card = Assert.Single(reply.Attachments!).Content!.Value;
        Assert.Equal(["What are the side effects?", "Can I drink alcohol?", "👍 Helpful", "👎 Not helpful"], Titles(card));
        var first = card.GetProperty("actions")[0];
        Assert.Equal("Action.Submit", first.GetProperty("type").GetString());
        Assert.Equal("imBack", first.GetProperty("data").GetProperty("msteams").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Other_channels_get_markdown_with_emphasis_links_and_the_disclaimer_set_apart()
    {
        var reply = await AskAsync("telegram");

        Assert.Equal("markdown", reply.TextFormat);
        Assert.Contains("> **Baclofen** is a muscle relaxant.", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"[Baclofen › Uses]({Host.BaseUrl.TrimEnd('/')}/articles/GARD/baclofen#uses)", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("---\n\n_" + FakeQuestionAnswerer.Disclaimer + "_", reply.Text, StringComparison.Ordinal);
        Assert.Equal(2, reply.SuggestedActions!.Actions.Count);
    }

    [Fact]
    public async Task Configured_public_base_url_makes_the_links()
    {
        await using var configured = await BotHost.StartAsync(new Dictionary<string, string?> { ["BotFramework:PublicBaseUrl"] = "https://faq.example.org/" });

        await configured.PostAsync(TestActivities.Message(Channel.ServiceUrl, "what is baclofen", "telegram"));

        var reply = Channel.PostedActivities.Single(a => a.Type == "message");
        Assert.Contains("(https://faq.example.org/articles/GARD/baclofen#uses)", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_without_excerpts_has_no_card_and_no_feedback_buttons()
    {
        await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "something unknown", "webchat"));

        var reply = Channel.PostedActivities.Single(a => a.Type == "message");
        Assert.Null(reply.Attachments);
        Assert.Equal("My articles don't cover that. They cover baclofen.", reply.Text);
    }

    private async Task<Activity> AskAsync(string channelId)
    {
        await Host.PostAsync(TestActivities.Message(Channel.ServiceUrl, "what is baclofen", channelId));
        return Channel.PostedActivities.Single(a => a.Type == "message");
    }

    private static List<string> CardTexts(JsonElement card) =>
        card.GetProperty("body").EnumerateArray()
            .SelectMany(container => container.GetProperty("items").EnumerateArray())
            .Select(block => block.GetProperty("text").GetString()!)
            .ToList();

    private static List<string> Titles(JsonElement card) =>
        card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()!).ToList();
}
