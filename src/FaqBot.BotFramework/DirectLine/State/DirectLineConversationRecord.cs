namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>What the registry knows of a live conversation.</summary>
/// <param name="Id">The conversation id (URL-safe).</param>
/// <param name="UserId">The user's id once known (from the token, the start request or the first post).</param>
public sealed record DirectLineConversationRecord(string Id, string? UserId);
