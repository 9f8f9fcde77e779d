namespace FaqBot.BotFramework.Turns;

/// <summary>
/// Remembers which inbound activities have already been taken for answering, so that a channel's or a
/// load balancer's retry of the same activity (same conversation id and activity id) is answered once.
/// One implementation keeps the ids in process memory (one instance); another keeps them in Redis so
/// that every instance behind a load balancer sees the same claims.
/// </summary>
public interface IProcessedActivityStore
{
    /// <summary>
    /// Claims the activity for answering. Returns <see langword="true"/> the first time the pair is
    /// claimed within the store's retention window, <see langword="false"/> for a repeat.
    /// </summary>
    ValueTask<bool> TryClaimAsync(string conversationId, string activityId, CancellationToken cancellationToken);
}
