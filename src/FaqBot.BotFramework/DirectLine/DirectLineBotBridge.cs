using FaqBot.BotFramework.Schema;
using FaqBot.BotFramework.Turns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>
/// Connects a Direct Line conversation to the bot in-process: client activities are stamped and
/// echoed into the log, then run through the same <see cref="ITurnProcessor"/> as
/// <c>/api/messages</c>, and the replies are appended after them. No loopback HTTP, so no
/// <c>serviceUrl</c> to trust.
/// </summary>
internal sealed class DirectLineBotBridge(
    ITurnProcessor processor,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineBotBridge> logger)
{
    /// <summary>Channel id the bot sees, as with Azure's Direct Line.</summary>
    public const string ChannelId = "directline";

    private readonly ChannelAccount _bot = new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };

    /// <summary>
    /// Tells the bot who joined a new conversation. With the user known the bot can welcome them at
    /// once; otherwise the user is announced just before their first activity.
    /// </summary>
    public void Start(DirectLineConversation conversation, string serviceUrl, string? locale)
    {
        IReadOnlyList<ChannelAccount> members = conversation.TryMarkUserAnnounced()
            ? [_bot, new ChannelAccount { Id = conversation.UserId, Role = RoleTypes.User }]
            : [_bot];
        Enqueue(conversation, MembersAdded(conversation, serviceUrl, members, locale));
    }

    /// <summary>Stamps and echoes a client activity (Web Chat waits for the echo), then queues its turn.</summary>
    public Activity Accept(DirectLineConversation conversation, Activity posted, string serviceUrl)
    {
        var user = conversation.AdoptUser(posted.From?.Id);
        if (conversation.TryMarkUserAnnounced())
        {
            Enqueue(conversation, MembersAdded(conversation, serviceUrl, [new ChannelAccount { Id = user, Role = RoleTypes.User }], posted.Locale));
        }

        // from and channelData stay as posted (Web Chat matches clientActivityID), except that a
        // token bound to a user decides who is speaking.
        var from = posted.From is { } postedFrom && postedFrom.Id == user
            ? postedFrom
            : new ChannelAccount { Id = user, Name = posted.From?.Name, Role = RoleTypes.User };
        var echo = conversation.Append(
            (id, timestamp) => posted with
            {
                Id = id,
                Timestamp = timestamp,
                ChannelId = ChannelId,
                ServiceUrl = serviceUrl,
                From = from,
                Recipient = _bot,
                Conversation = new ConversationAccount { Id = conversation.Id },
                CallerId = null,
            },
            time.GetUtcNow());
        Enqueue(conversation, echo);
        return echo;
    }

    private Activity MembersAdded(DirectLineConversation conversation, string serviceUrl, IReadOnlyList<ChannelAccount> members, string? locale) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = Guid.NewGuid().ToString("N"),
        Timestamp = time.GetUtcNow(),
        ChannelId = ChannelId,
        ServiceUrl = serviceUrl,
        From = conversation.UserId is { } userId ? new ChannelAccount { Id = userId, Role = RoleTypes.User } : _bot,
        Recipient = _bot,
        Conversation = new ConversationAccount { Id = conversation.Id },
        MembersAdded = members,
        Locale = locale,
    };

    private void Enqueue(DirectLineConversation conversation, Activity incoming) =>
        conversation.EnqueueTurn(() => RunTurnAsync(conversation, incoming));

    private async Task RunTurnAsync(DirectLineConversation conversation, Activity incoming)
    {
        TurnResult result;
        try
        {
            result = await processor.ProcessAsync(incoming, incoming.ServiceUrl, lifetime.ApplicationStopping);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            // One error boundary per turn: the conversation stays usable for the next question.
            logger.LogError(exception, "Direct Line turn failed for {ActivityType} in conversation {ConversationId}", incoming.Type, conversation.Id);
            return;
        }

        foreach (var reply in result.Replies)
        {
            conversation.Append(
                (id, timestamp) => reply with
                {
                    Id = id,
                    Timestamp = timestamp,
                    ChannelId = ChannelId,
                    From = _bot,
                    Conversation = new ConversationAccount { Id = conversation.Id },
                    Recipient = reply.Recipient ?? incoming.From,
                    // The client never sees conversationUpdate, so a reply to it points at nothing.
                    ReplyToId = incoming.Type == ActivityTypes.ConversationUpdate ? null : reply.ReplyToId ?? incoming.Id,
                },
                time.GetUtcNow());
        }
    }
}
