namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>
/// The live Direct Line conversations, shared by every instance that serves the endpoint. A
/// conversation idle for <c>DirectLine:ConversationIdleTimeout</c> is gone: it reads as unknown.
/// </summary>
public interface IDirectLineConversationStore
{
    /// <summary>The conversation, or null when it is unknown or has expired.</summary>
    ValueTask<DirectLineConversationRecord?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// The existing conversation (Created false), a new one (Created true), or a null conversation when
    /// <c>DirectLine:MaxConversations</c> are live.
    /// </summary>
    ValueTask<(DirectLineConversationRecord? Conversation, bool Created)> GetOrCreateAsync(string conversationId, string? userId, CancellationToken cancellationToken);

    /// <summary>Counts as activity (an open page keeps its conversation alive); false when the conversation has expired.</summary>
    ValueTask<bool> TouchAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Records <paramref name="userId"/> if no user is known yet; returns the user in force.</summary>
    ValueTask<string?> AdoptUserAsync(string conversationId, string? userId, CancellationToken cancellationToken);

    /// <summary>
    /// True exactly once per conversation, for whoever first tells the bot the user joined (it welcomes
    /// them then), so two racing posts on two instances cannot make it welcome twice. False while no user is known.
    /// </summary>
    ValueTask<bool> TryMarkUserAnnouncedAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>How many conversations are live.</summary>
    ValueTask<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>Forgets expired conversations; returns how many went.</summary>
    ValueTask<long> SweepAsync(CancellationToken cancellationToken);
}
