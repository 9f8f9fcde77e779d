using System.Text.Json.Serialization;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>Start and reconnect answer. <c>token</c> is always present: DLJS replaces its token with it.</summary>
internal sealed record DirectLineConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string StreamUrl);
