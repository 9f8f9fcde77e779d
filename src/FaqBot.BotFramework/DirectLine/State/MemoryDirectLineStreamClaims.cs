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

    /// <inheritdoc />
    public ValueTask<CancellationToken> ClaimAsync(string conversationId, string streamId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ClaimLocally(conversationId, streamId));

    /// <summary>Makes <paramref name="streamId"/> this process's stream of the conversation, cancelling any older one.</summary>
    public CancellationToken ClaimLocally(string conversationId, string streamId)
    {
        var claim = new Claim(streamId, new CancellationTokenSource());
        _claims.AddOrUpdate(conversationId, claim, (_, previous) =>
        {
            previous.Replaced.Cancel();
            return claim;
        });
        return claim.Replaced.Token;
    }

    /// <summary>Another stream (here or elsewhere) now owns the conversation: closes ours if it is a different one.</summary>
    public void Supersede(string conversationId, string streamId)
    {
        if (_claims.TryGetValue(conversationId, out var claim) && claim.StreamId != streamId
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

    private sealed record Claim(string StreamId, CancellationTokenSource Replaced);
}
