using System.Collections.Concurrent;
using FaqBot.BotFramework.DirectLine.State;
using FaqBot.BotFramework.Schema;
using FaqBot.BotFramework.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>
/// Answers a conversation's queued activities in log order. Whoever appends a turn calls
/// <see cref="Kick"/>; the instance that gets the conversation's lease drains the queue, and re-checks
/// after giving the lease back, so a turn appended while another instance was finishing is never left
/// behind. A turn whose instance died is taken over by <see cref="DirectLineMaintenance"/> once the lease
/// has run out. Each turn's replies and its "answered" mark are stored in one step, so no turn is
/// answered twice. The bot is resolved at the first turn, not at start-up: the maintenance service
/// starts with the host and must not load the knowledge base before the host has started.
/// </summary>
internal sealed class DirectLineTurnRunner(
    IServiceProvider services,
    IDirectLineTurnQueue turns,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineTurnRunner> logger)
{
    private readonly ChannelAccount _bot = new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };
    private readonly ConcurrentDictionary<string, byte> _draining = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _requested = new(StringComparer.Ordinal);

    /// <summary>Drains the conversation in the background; a drain already running here takes the new turn too.</summary>
    public void Kick(string conversationId)
    {
        _requested[conversationId] = 0;
        if (_draining.TryAdd(conversationId, 0))
        {
            _ = Task.Run(() => RunAsync(conversationId));
        }
    }

    /// <summary>True while this process is draining the conversation (tests wait for it).</summary>
    public bool IsDraining(string conversationId) => _draining.ContainsKey(conversationId) || _requested.ContainsKey(conversationId);

    private async Task RunAsync(string conversationId)
    {
        try
        {
            while (_requested.TryRemove(conversationId, out _))
            {
                await DrainAsync(conversationId, lifetime.ApplicationStopping);
            }
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Shutting down: the lease runs out and another instance takes the rest.
        }
        catch (Exception exception)
        {
            // The store is unreachable: the turns stay queued and the maintenance pass retries them.
            logger.LogWarning(exception, "Direct Line could not run the turns of conversation {ConversationId}; they stay queued", conversationId);
        }
        finally
        {
            _draining.TryRemove(conversationId, out _);
            // A kick that came after the last pass but before we let go must not be lost.
            if (_requested.ContainsKey(conversationId) && !lifetime.ApplicationStopping.IsCancellationRequested)
            {
                Kick(conversationId);
            }
        }
    }

    private async Task DrainAsync(string conversationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var lease = await turns.TryLeaseAsync(conversationId, options.Value.TurnLease, cancellationToken);
            if (lease is null)
            {
                // Another instance is answering; it re-checks the queue before it lets go.
                return;
            }

            try
            {
                while ((await turns.PendingAsync(conversationId, cancellationToken)) is [var next, ..])
                {
                    var replies = await AnswerAsync(conversationId, next.Activity, cancellationToken);
                    if (!await turns.CompleteAsync(conversationId, lease, next.Watermark, replies, cancellationToken))
                    {
                        logger.LogWarning("Direct Line lost the turn lease of conversation {ConversationId}; another instance goes on", conversationId);
                        return;
                    }
                }
            }
            finally
            {
                await turns.ReleaseAsync(conversationId, lease, CancellationToken.None);
            }

            if ((await turns.PendingAsync(conversationId, cancellationToken)).Count == 0)
            {
                return;
            }
        }
    }

    private async Task<IReadOnlyList<Activity>> AnswerAsync(string conversationId, Activity incoming, CancellationToken cancellationToken)
    {
        TurnResult result;
        try
        {
            result = await services.GetRequiredService<ITurnProcessor>().ProcessAsync(incoming, incoming.ServiceUrl, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One error boundary per turn: the conversation stays usable for the next question.
            logger.LogError(exception, "Direct Line turn failed for {ActivityType} in conversation {ConversationId}", incoming.Type, conversationId);
            return [];
        }

        return [.. result.Replies.Select(reply => reply with
        {
            ChannelId = DirectLineBotBridge.ChannelId,
            From = _bot,
            Conversation = new ConversationAccount { Id = conversationId },
            Recipient = reply.Recipient ?? incoming.From,
            // The client never sees conversationUpdate, so a reply to it points at nothing.
            ReplyToId = incoming.Type == ActivityTypes.ConversationUpdate ? null : reply.ReplyToId ?? incoming.Id,
        })];
    }
}
