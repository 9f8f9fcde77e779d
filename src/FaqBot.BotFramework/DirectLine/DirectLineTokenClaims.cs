namespace FaqBot.BotFramework.DirectLine;

/// <summary>What a valid token says: the one conversation it opens and, when bound, the user it speaks for.</summary>
internal sealed record DirectLineTokenClaims(string ConversationId, string? UserId);
