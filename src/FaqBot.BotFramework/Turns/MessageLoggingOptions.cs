namespace FaqBot.BotFramework.Turns;

/// <summary>Bound from the "Logging" section: whether user text may appear in log lines (off by default).</summary>
internal sealed class MessageLoggingOptions
{
    public bool IncludeMessageText { get; set; }
}
