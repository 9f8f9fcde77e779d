namespace FaqBot.BotFramework.DirectLine;

/// <summary>Who is calling: the secret holder (every conversation) or a token holder (one conversation).</summary>
internal sealed record DirectLineCaller(bool IsSecret, DirectLineTokenClaims? Token)
{
    public bool MayAccess(string conversationId) =>
        IsSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);
}
