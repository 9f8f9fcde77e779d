using System.Collections.Concurrent;
using FaqBot.BotFramework.Schema;
using FaqBot.BotFramework.Turns;

namespace FaqBot.BotFramework.Tests.DirectLine;

/// <summary>
/// A stand-in bot: welcomes users who join, and answers each message with typing, then
/// "you said: {text}" plus one suggested action, addressed as the real turn processor does.
/// </summary>
internal sealed class RecordingTurnProcessor : ITurnProcessor
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public Task<TurnResult> ProcessAsync(Activity incoming, string? siteBaseUrl, CancellationToken cancellationToken)
    {
        Received.Enqueue(incoming);
        if (incoming.Type == ActivityTypes.ConversationUpdate)
        {
            var userJoined = incoming.MembersAdded?.Any(member => member.Id != incoming.Recipient?.Id) == true;
            return Task.FromResult(userJoined ? new TurnResult([Reply(incoming, ActivityTypes.Message, "welcome")]) : TurnResult.Empty);
        }

        if (incoming.Type != ActivityTypes.Message)
        {
            return Task.FromResult(TurnResult.Empty);
        }

        var answer = Reply(incoming, ActivityTypes.Message, "you said: " + incoming.Text) with
        {
            SuggestedActions = new SuggestedActions { Actions = [new CardAction { Type = "imBack", Title = "More", Value = BotJson.ToElement("more") }] },
        };
        return Task.FromResult(new TurnResult([Reply(incoming, ActivityTypes.Typing, null), answer]));
    }

    private static Activity Reply(Activity incoming, string type, string? text) => new()
    {
        Type = type,
        Text = text,
        From = incoming.Recipient,
        Recipient = incoming.From,
        Conversation = incoming.Conversation,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
    };
}
