namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>
/// One WebSocket per conversation, wherever it is held: a new stream replaces the old one (Web Chat
/// reconnects with a valid token while the server may still hold its previous socket), and the old one
/// is closed on whichever instance holds it.
/// </summary>
public interface IDirectLineStreamClaims
{
    /// <summary>
    /// Makes <paramref name="streamId"/> the conversation's stream. The token returned is cancelled when
    /// another stream claims the conversation, on this instance or another.
    /// </summary>
    ValueTask<CancellationToken> ClaimAsync(string conversationId, string streamId, CancellationToken cancellationToken);

    /// <summary>Forgets this instance's claim when the stream ends.</summary>
    void Release(string conversationId, string streamId);
}
