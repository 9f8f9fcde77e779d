using System.Collections.Concurrent;

namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>
/// The streams this process holds, one per conversation; a newer claim cancels the older stream's
/// token. On its own it covers one instance; the Redis claims add the news from other instances through
/// <see cref="Supersede"/>.
/// </summary>
public sealed class MemoryDirectLineStreamClaims : IDirectLineStreamClaims
{
    private readonly ConcurrentDictionary<string, Claim> _claims = new(StringComparer.Ordinal);
    private long _order;

    /// <inheritdoc />
    public ValueTask<CancellationToken> ClaimAsync(string conversationId, string streamId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ClaimLocally(conversationId, streamId, Interlocked.Increment(ref _order)));

    /// <summary>
    /// Makes <paramref name="streamId"/> this process's stream of the conversation, cancelling any older one.
    /// <paramref name="order"/> rises with every claim of the conversation (wherever it was made).
    /// </summary>
    public CancellationToken ClaimLocally(string conversationId, string streamId, long order)
    {
        var claim = new Claim(streamId, order, new CancellationTokenSource());
        _claims.AddOrUpdate(conversationId, claim, (_, previous) =>
        {
            previous.Replaced.Cancel();
            return claim;
        });
        return claim.Replaced.Token;
    }

    /// <summary>
    /// Another stream (here or elsewhere) claimed the conversation: closes ours if it is a different,
    /// older one (news of an older claim arriving late must not close a newer stream).
    /// </summary>
    public void Supersede(string conversationId, string streamId, long order)
    {
        if (_claims.TryGetValue(conversationId, out var claim) && claim.StreamId != streamId && claim.Order < order
            && _claims.TryRemove(new KeyValuePair<string, Claim>(conversationId, claim)))
        {
            claim.Replaced.Cancel();
        }
    }

    /// <inheritdoc />
    public void Release(string conversationId, string streamId)
    {
        if (_claims.TryGetValue(conversationId, out var claim) && claim.StreamId == streamId
            && _claims.TryRemove(new KeyValuePair<string, Claim>(conversationId, claim)))
        {
            claim.Replaced.Dispose();
        }
    }

    /// <summary>Streams held by this process now.</summary>
    public int Count => _claims.Count;

    private sealed record Claim(string StreamId, long Order, CancellationTokenSource Replaced);
}
