using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.Turns;

/// <summary>Addresses a reply the way Bot Builder's CreateReply does, so channels thread it correctly.</summary>
internal static class ActivityAddressing
{
    /// <summary>
    /// <paramref name="body"/> addressed as a reply to <paramref name="incoming"/>: from/recipient swapped,
    /// conversation, channel, serviceUrl and locale copied, <c>replyToId</c> = the inbound id; no id or
    /// timestamp (A2031/A2041).
    /// </summary>
    public static Activity CreateReply(Activity incoming, Activity body) => body with
    {
        Id = null,
        Timestamp = null,
        From = incoming.Recipient,
        Recipient = incoming.From,
        Conversation = incoming.Conversation,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Locale = body.Locale ?? incoming.Locale,
        ReplyToId = ReplyToIdFor(incoming),
    };

    /// <summary>A typing indicator addressed like a reply.</summary>
    public static Activity CreateTyping(Activity incoming) =>
        CreateReply(incoming, new Activity { Type = ActivityTypes.Typing });

    // Direct Line's conversationUpdate ids are not transcript entries, so Bot Builder sends the
    // welcome with SendToConversation (no replyToId) there.
    private static string? ReplyToIdFor(Activity incoming) =>
        incoming.Type == ActivityTypes.ConversationUpdate && incoming.ChannelId is "directline" or "webchat"
            ? null
            : incoming.Id;
}
