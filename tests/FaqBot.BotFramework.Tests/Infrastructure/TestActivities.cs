using System.Text.Json.Nodes;

namespace FaqBot.BotFramework.Tests.Infrastructure;

/// <summary>Inbound activities as channels send them, as JSON so tests can add or break any member.</summary>
public static class TestActivities
{
    public static JsonObject Message(string serviceUrl, string? text, string channelId = "emulator", string id = "m1", string conversationId = "c1") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2026-11-21T10:00:00.1234567Z",
        ["channelId"] = channelId,
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "u1", ["name"] = "User", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "b1", ["name"] = "FAQ Bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["text"] = text,
        ["locale"] = "en-US",
    };

    public static JsonObject Of(string type, string serviceUrl, string channelId = "emulator")
    {
        var activity = Message(serviceUrl, null, channelId);
        activity["type"] = type;
        activity.Remove("text");
        return activity;
    }
}
