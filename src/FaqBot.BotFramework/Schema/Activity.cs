using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.BotFramework.Schema;

/// <summary>
/// One Bot Framework activity, named and serialized as the activity schema names it. Channel-specific
/// members (<see cref="ChannelData"/>, <see cref="Value"/>, entity members, card content) stay raw
/// JSON so they round-trip unchanged; unknown top-level members are ignored (A2005).
/// </summary>
public sealed record Activity
{
    /// <summary>One of <see cref="ActivityTypes"/> or an unknown type (A2006).</summary>
    public required string Type { get; init; }

    /// <summary>Channel-assigned id; bots leave it out on replies (A2031).</summary>
    public string? Id { get; init; }

    /// <summary>When the channel recorded the activity (UTC).</summary>
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The sender's local time, with its offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>The sender's IANA time zone.</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>Base URL for replies; trusted only after authentication.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary><c>msteams</c>, <c>directline</c>, <c>webchat</c>, <c>emulator</c>, …</summary>
    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? Text { get; init; }

    /// <summary>One of <see cref="TextFormatTypes"/>; absent means plain.</summary>
    public string? TextFormat { get; init; }

    /// <summary>BCP-47 locale of the user; unknown values are passed through, never rejected.</summary>
    public string? Locale { get; init; }

    public string? Speak { get; init; }

    public string? InputHint { get; init; }

    public string? Summary { get; init; }

    /// <summary><c>list</c> (default) or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    /// <summary>Channel-specific payload (Teams tenant/team, Web Chat <c>clientActivityID</c>, …).</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>The activity this one answers.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>Card submit, postBack, event or invoke payload.</summary>
    public JsonElement? Value { get; init; }

    public string? ValueType { get; init; }

    /// <summary>Name of an <c>event</c> or <c>invoke</c>.</summary>
    public string? Name { get; init; }

    public string? Label { get; init; }

    /// <summary>One of <see cref="DeliveryModes"/>; unknown values mean normal.</summary>
    public string? DeliveryMode { get; init; }

    /// <summary>Set only by the bot itself after authentication; never trusted from the wire.</summary>
    public string? CallerId { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public IReadOnlyList<MessageReaction>? ReactionsAdded { get; init; }

    public IReadOnlyList<MessageReaction>? ReactionsRemoved { get; init; }

    /// <summary><c>installationUpdate</c>/<c>contactRelationUpdate</c>: <c>add</c>, <c>remove</c>, …</summary>
    public string? Action { get; init; }

    public string? TopicName { get; init; }

    /// <summary><c>endOfConversation</c> reason code.</summary>
    public string? Code { get; init; }

    public ConversationReference? RelatesTo { get; init; }

    public DateTimeOffset? Expiration { get; init; }

    public string? Importance { get; init; }
}
