using FaqBot.BotFramework.DirectLine.State;

namespace FaqBot.Redis;

/// <summary>Stream claims across instances: the claim is taken here and announced, and other instances close their older stream.</summary>
internal sealed class RedisDirectLineStreamClaims(MemoryDirectLineStreamClaims local, RedisDirectLineEvents events) : IDirectLineStreamClaims
{
    public async ValueTask<CancellationToken> ClaimAsync(string conversationId, string streamId, CancellationToken cancellationToken)
    {
        var replaced = local.ClaimLocally(conversationId, streamId);
        await events.PublishClaimAsync(conversationId, streamId);
        return replaced;
    }

    public void Release(string conversationId, string streamId) => local.Release(conversationId, streamId);
}
