using System.Text.Json;
using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.Messages;

/// <summary>
/// Parses and checks an <c>/api/messages</c> body. Every client mistake becomes a readable problem
/// (never an exception): malformed JSON, a body that is not an activity, missing required members.
/// </summary>
internal static class ActivityReader
{
    // Types the bot answers need both parties to address the reply.
    private static readonly HashSet<string> AddressedTypes =
        [ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Invoke, ActivityTypes.MessageReaction];

    public static (Activity? Activity, string? Problem) Read(ReadOnlyMemory<byte> body)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return (null, $"The body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}).");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "The body is not an activity: expected a JSON object.");
        }

        if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(type.GetString()))
        {
            return (null, "The activity has no type.");
        }

        Activity? activity;
        try
        {
            activity = root.Deserialize<Activity>(BotJson.Options);
        }
        catch (JsonException ex)
        {
            return (null, $"The activity member at {ex.Path ?? "$"} has the wrong shape.");
        }

        if (activity is null)
        {
            return (null, "The body is not an activity.");
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            missing.Add("serviceUrl");
        }
        else if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return (null, "serviceUrl must be an absolute http or https URL.");
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            missing.Add("channelId");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            missing.Add("conversation.id");
        }

        if (AddressedTypes.Contains(activity.Type))
        {
            if (string.IsNullOrWhiteSpace(activity.From?.Id))
            {
                missing.Add("from.id");
            }

            if (string.IsNullOrWhiteSpace(activity.Recipient?.Id))
            {
                missing.Add("recipient.id");
            }
        }

        return missing.Count > 0
            ? (null, "The activity is missing required members: " + string.Join(", ", missing) + ".")
            : (activity, null);
    }
}
