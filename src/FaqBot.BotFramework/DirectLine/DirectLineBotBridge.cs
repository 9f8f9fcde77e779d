using FaqBot.BotFramework.DirectLine.State;
using FaqBot.BotFramework.Schema;
using FaqBot.BotFramework.Turns;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>
/// Connects a Direct Line conversation to the bot in-process: client activities are stamped and
/// echoed into the log and queued for the bot, which <see cref="DirectLineTurnRunner"/> answers through
/// the same <see cref="ITurnProcessor"/> as <c>/api/messages</c>. No loopback HTTP, so no
/// <c>serviceUrl</c> to trust.
/// </summary>
internal sealed class DirectLineBotBridge(
    IDirectLineConversationStore conversations,
    IDirectLineActivityLog log,
    DirectLineTurnRunner runner,
    Microsoft.Extensions.Options.IOptions<DirectLineOptions> options,
    TimeProvider time)
{
    /// <summary>Channel id the bot sees, as with Azure's Direct Line.</summary>
    public const string ChannelId = "directline";

    private readonly ChannelAccount _bot = new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };

    /// <summary>
    /// Tells the bot who joined a new conversation. With the user known the bot can welcome them at
    /// once; otherwise the user is announced just before their first activity.
    /// </summary>
    public async Task StartAsync(DirectLineConversationRecord conversation, string serviceUrl, string? locale, CancellationToken cancellationToken)
    {
        IReadOnlyList<ChannelAccount> members = await conversations.TryMarkUserAnnouncedAsync(conversation.Id, cancellationToken)
            ? [_bot, new ChannelAccount { Id = conversation.UserId, Role = RoleTypes.User }]
            : [_bot];
        await QueueAsync(conversation.Id, MembersAdded(conversation.Id, conversation.UserId, serviceUrl, members, locale), cancellationToken);
    }

    /// <summary>
    /// Stamps and echoes a client activity (Web Chat waits for the echo), then queues its turn. A
    /// repeated client activity id gets the first echo back and no second answer. Null when the
    /// conversation has expired meanwhile.
    /// </summary>
    public async Task<DirectLineAppendResult?> AcceptAsync(DirectLineConversationRecord conversation, Activity posted, string serviceUrl, CancellationToken cancellationToken)
    {
        var user = await conversations.AdoptUserAsync(conversation.Id, posted.From?.Id, cancellationToken);
        if (await conversations.TryMarkUserAnnouncedAsync(conversation.Id, cancellationToken))
        {
            await QueueAsync(
                conversation.Id,
                MembersAdded(conversation.Id, user, serviceUrl, [new ChannelAccount { Id = user, Role = RoleTypes.User }], posted.Locale),
                cancellationToken);
        }

        // from and channelData stay as posted (Web Chat matches clientActivityID), except that a
        // token bound to a user decides who is speaking.
        var from = posted.From is { } postedFrom && postedFrom.Id == user
            ? postedFrom
            : new ChannelAccount { Id = user, Name = posted.From?.Name, Role = RoleTypes.User };
        var echo = posted with
        {
            Id = null,
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            From = from,
            Recipient = _bot,
            Conversation = new ConversationAccount { Id = conversation.Id },
            CallerId = null,
        };
        var result = await log.AppendAsync(conversation.Id, new DirectLineEntry(echo, Visible: true, NeedsTurn: true, ClientActivityId(posted)), cancellationToken);
        if (result is { Duplicate: false })
        {
            runner.Kick(conversation.Id);
        }

        return result;
    }

    /// <summary>The client's own id for a posted activity: its <c>id</c>, else Web Chat's <c>channelData.clientActivityID</c>.</summary>
    private static string? ClientActivityId(Activity posted)
    {
        if (!string.IsNullOrEmpty(posted.Id))
        {
            return posted.Id.Length <= 256 ? posted.Id : null;
        }

        return posted.ChannelData is { ValueKind: System.Text.Json.JsonValueKind.Object } data
            && data.TryGetProperty("clientActivityID", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String
            && id.GetString() is { Length: > 0 and <= 256 } value
                ? value
                : null;
    }

    private async Task QueueAsync(string conversationId, Activity update, CancellationToken cancellationToken)
    {
        if (await log.AppendAsync(conversationId, new DirectLineEntry(update, Visible: false, NeedsTurn: true), cancellationToken) is not null)
        {
            runner.Kick(conversationId);
        }
    }

    private Activity MembersAdded(string conversationId, string? userId, string serviceUrl, IReadOnlyList<ChannelAccount> members, string? locale) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Timestamp = time.GetUtcNow(),
        ChannelId = ChannelId,
        ServiceUrl = serviceUrl,
        From = userId is not null ? new ChannelAccount { Id = userId, Role = RoleTypes.User } : _bot,
        Recipient = _bot,
        Conversation = new ConversationAccount { Id = conversationId },
        MembersAdded = members,
        Locale = locale,
    };
}
