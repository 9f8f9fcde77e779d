namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>
/// Per-client allowances counted where every instance sees them, so a client cannot multiply its
/// allowance by the number of instances behind the load balancer.
/// </summary>
public interface IDirectLineClientLimits
{
    /// <summary>
    /// Counts one event in the current fixed window of <paramref name="window"/> for <paramref name="bucket"/>;
    /// refused once <paramref name="limit"/> events were counted in it.
    /// </summary>
    ValueTask<DirectLineLimitDecision> TryCountAsync(string bucket, int limit, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>
    /// Opens stream <paramref name="streamId"/> for <paramref name="client"/> unless <paramref name="limit"/> are open.
    /// The stream holds its place for <paramref name="lease"/> and must be renewed before then, so the streams of
    /// an instance that died stop counting by themselves.
    /// </summary>
    ValueTask<bool> TryOpenStreamAsync(string client, string streamId, int limit, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Extends an open stream's lease.</summary>
    ValueTask RenewStreamAsync(string client, string streamId, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Frees the stream's place.</summary>
    ValueTask CloseStreamAsync(string client, string streamId, CancellationToken cancellationToken);
}
