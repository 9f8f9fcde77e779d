using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>One stored activity and the watermark just after it.</summary>
public sealed record DirectLineLogEntry(long Watermark, Activity Activity);
