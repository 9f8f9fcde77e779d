using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>What GET activities answers and each WebSocket frame carries; the watermark is an opaque string.</summary>
internal sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
