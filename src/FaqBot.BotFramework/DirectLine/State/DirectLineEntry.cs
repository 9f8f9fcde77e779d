using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>An activity to append to a conversation's log.</summary>
/// <param name="Activity">The activity; its id and timestamp are stamped by the log.</param>
/// <param name="Visible">Whether clients read it (a <c>conversationUpdate</c> for the bot is not shown).</param>
/// <param name="NeedsTurn">Whether the bot still has to answer it (queued in log order).</param>
/// <param name="ClientActivityId">
/// The client's own id for it (its <c>id</c> or <c>channelData.clientActivityID</c>): a second append
/// with the same one is not appended again, so a retried POST is answered once.
/// </param>
public sealed record DirectLineEntry(Activity Activity, bool Visible, bool NeedsTurn, string? ClientActivityId = null);
