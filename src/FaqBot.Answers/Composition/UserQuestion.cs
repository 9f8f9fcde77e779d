namespace FaqBot.Answers.Composition;

/// <summary>One user message as the answer engine sees it.</summary>
/// <param name="Text">What the user typed (mentions already removed by the channel).</param>
/// <param name="ConversationId">Key for conversation context; any stable string per conversation.</param>
/// <param name="Locale">BCP-47 locale such as en-US or en-GB; decides the emergency numbers.</param>
public sealed record UserQuestion(string Text, string ConversationId, string? Locale = null);
