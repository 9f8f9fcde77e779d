namespace FaqBot.Answers;

/// <summary>
/// Whether user message text may appear in logs (root key <c>Logging:IncludeMessageText</c>, default false).
/// Analysed query terms count as message text too: they are logged only when this is true.
/// </summary>
public sealed class MessageLoggingOptions
{
    /// <summary>The configuration section the flag lives in.</summary>
    public const string SectionName = "Logging";

    /// <summary>Log message text and query terms.</summary>
    public bool IncludeMessageText { get; set; }
}
