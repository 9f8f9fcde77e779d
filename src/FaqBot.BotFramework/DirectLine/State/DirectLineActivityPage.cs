using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>The visible activities after a watermark, and the watermark after all of them.</summary>
public sealed record DirectLineActivityPage(IReadOnlyList<Activity> Activities, long Watermark);
