namespace FaqBot.Answers.Context;

/// <summary>
/// What FaqBot remembers per conversation between messages, bounded and forgotten after the idle
/// timeout. Synchronous on purpose: answering is synchronous (<c>IQuestionAnswerer.Answer</c>), a store
/// call is one round trip, and a store that cannot answer quickly returns
/// <see cref="ConversationState.Empty"/> (the conversation degrades to stateless) instead of throwing.
/// </summary>
public interface IConversationContextStore
{
    /// <summary>The state of <paramref name="conversationId"/>, or <see cref="ConversationState.Empty"/> when unknown, expired or unreachable.</summary>
    ConversationState Get(string conversationId);

    /// <summary>Remembers <paramref name="state"/> for <paramref name="conversationId"/> (best effort).</summary>
    void Set(string conversationId, ConversationState state);
}
