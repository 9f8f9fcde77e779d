namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>Whether a client may go on, and if not, when to try again (the <c>Retry-After</c> of a 429).</summary>
public sealed record DirectLineLimitDecision(bool Allowed, TimeSpan RetryAfter)
{
    /// <summary>Go on.</summary>
    public static DirectLineLimitDecision Allow { get; } = new(true, TimeSpan.Zero);
}
