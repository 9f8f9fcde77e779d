namespace FaqBot.BotFramework.Schema;

/// <summary>The HTTP body for a <c>deliveryMode: expectReplies</c> turn.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
