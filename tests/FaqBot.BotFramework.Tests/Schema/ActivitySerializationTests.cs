using System.Text.Json;
using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.Tests.Schema;

/// <summary>Wire format of the schema types: camelCase, nulls left out, channel payloads round-trip.</summary>
public sealed class ActivitySerializationTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1:x",
          "timestamp": "2016-10-19T20:17:52.2891902Z",
          "localTimestamp": "2016-10-19T13:17:52.2891902-07:00",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:u", "name": "Ann", "aadObjectId": "aad-1" },
          "recipient": { "id": "28:b", "name": "FAQ Bot" },
          "conversation": { "id": "19:c@thread.tacv2", "conversationType": "channel", "isGroup": true, "tenantId": "t1" },
          "text": "<at>FAQ Bot</at> hi",
          "entities": [ { "type": "mention", "mentioned": { "id": "28:b", "name": "FAQ Bot" }, "text": "<at>FAQ Bot</at>" },
                        { "type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web" } ],
          "channelData": { "tenant": { "id": "t1" }, "team": { "id": "19:t" }, "futureThing": [1, 2] },
          "unknownTopLevel": true
        }
        """;

    [Fact]
    public void Teams_message_round_trips_channel_data_and_entities_unchanged()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotJson.Options)!;

        var written = JsonSerializer.SerializeToElement(activity, BotJson.Options);
        var original = JsonDocument.Parse(TeamsMessage).RootElement;

        Assert.Equal(original.GetProperty("channelData").GetRawText().Replace(" ", "", StringComparison.Ordinal),
            written.GetProperty("channelData").GetRawText());
        Assert.Equal("US", written.GetProperty("entities")[1].GetProperty("country").GetString());
        Assert.Equal("28:b", written.GetProperty("entities")[0].GetProperty("mentioned").GetProperty("id").GetString());
        Assert.Equal("2016-10-19T20:17:52.2891902Z", written.GetProperty("timestamp").GetString());
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.False(written.TryGetProperty("unknownTopLevel", out _));
    }

    [Fact]
    public void Nulls_are_left_out_and_names_are_camel_case()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Typing, ReplyToId = "m1" }, BotJson.Options);

        Assert.Equal("""{"type":"typing","replyToId":"m1"}""", json);
    }

    [Fact]
    public void Timestamps_are_written_in_utc_with_z()
    {
        var activity = new Activity { Type = "message", Timestamp = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.FromHours(2)) };

        var written = JsonSerializer.SerializeToElement(activity, BotJson.Options);

        Assert.Equal("2026-11-21T10:00:00Z", written.GetProperty("timestamp").GetString());
    }

    [Fact]
    public void Card_actions_carry_string_values()
    {
        var json = JsonSerializer.Serialize(CardAction.ImBack("Dosage", "what is the dosage?"), BotJson.Options);

        Assert.Equal("""{"type":"imBack","title":"Dosage","value":"what is the dosage?"}""", json);
    }

    [Fact]
    public void Reading_is_case_insensitive()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"Type":"message","TEXT":"hi"}""", BotJson.Options)!;

        Assert.Equal("hi", activity.Text);
    }
}
