using System.Text.Json.Serialization;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>The body of <c>tokens/generate</c> and <c>tokens/refresh</c>: a token for one conversation.</summary>
/// <param name="ConversationId">The conversation the token opens (URL-safe).</param>
/// <param name="Token">The signed token, sent back as <c>Authorization: Bearer</c>.</param>
/// <param name="ExpiresIn">Seconds until the token expires.</param>
public sealed record DirectLineTokenResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
