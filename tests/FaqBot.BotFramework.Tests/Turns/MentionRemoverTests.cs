using System.Text.Json;
using FaqBot.BotFramework.Schema;
using FaqBot.BotFramework.Turns;

namespace FaqBot.BotFramework.Tests.Turns;

/// <summary>Removing the bot's @mention (protocol notes 4.3).</summary>
public sealed class MentionRemoverTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:bot", Name = "FAQ Bot" };

    [Fact]
    public void Entity_text_is_removed_case_insensitively()
    {
        var activity = Teams("<AT>FAQ Bot</AT> what is baclofen?", Mention("28:bot", "FAQ Bot", "<at>FAQ Bot</at>"));

        Assert.Equal("what is baclofen?", MentionRemover.RemoveBotMention(activity));
    }

    [Fact]
    public void Other_peoples_mentions_keep_their_names()
    {
        var activity = Teams("<at>FAQ Bot</at> can <at>Ann</at> take it?", Mention("28:bot", "FAQ Bot", "<at>FAQ Bot</at>"), Mention("29:ann", "Ann", "<at>Ann</at>"));

        Assert.Equal("can Ann take it?", MentionRemover.RemoveBotMention(activity));
    }

    [Fact]
    public void Mention_at_the_end_and_html_entities_are_handled()
    {
        var activity = Teams("dose&nbsp;&amp; timing <at>FAQ Bot</at>", Mention("28:bot", "FAQ Bot", null));

        Assert.Equal("dose & timing", MentionRemover.RemoveBotMention(activity));
    }

    [Fact]
    public void Mention_of_a_renamed_bot_is_found_through_the_entity_name()
    {
        var activity = Teams("<at>Health Helper</at> hi", Mention("28:bot", "Health Helper", "<at>@Health Helper</at>"));

        Assert.Equal("hi", MentionRemover.RemoveBotMention(activity));
    }

    [Fact]
    public void Plain_text_outside_teams_is_left_alone()
    {
        var activity = new Activity { Type = "message", ChannelId = "webchat", Text = "is 5 < 6 &amp; ok?", Recipient = Bot };

        Assert.Equal("is 5 < 6 &amp; ok?", MentionRemover.RemoveBotMention(activity));
    }

    private static Activity Teams(string text, params Entity[] entities) =>
        new() { Type = "message", ChannelId = "msteams", Text = text, Recipient = Bot, Entities = entities };

    private static Entity Mention(string id, string name, string? text)
    {
        var properties = new Dictionary<string, JsonElement> { ["mentioned"] = BotJson.ToElement(new ChannelAccount { Id = id, Name = name }) };
        if (text is not null)
        {
            properties["text"] = BotJson.ToElement(text);
        }

        return new Entity { Type = "Mention", Properties = properties };
    }
}
