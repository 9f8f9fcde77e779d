namespace FaqBot.BotFramework.DirectLine;

/// <summary>What a signed token may be used for; a stream token cannot call the REST API and vice versa.</summary>
internal enum DirectLineTokenKind
{
    /// <summary>A conversation token for the REST API (<c>Authorization: Bearer</c>).</summary>
    Conversation,

    /// <summary>The short-lived credential inside a <c>streamUrl</c>.</summary>
    Stream,
}
