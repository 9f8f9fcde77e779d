using FaqBot.BotFramework.Schema;
using FaqBot.BotFramework.Turns;

namespace FaqBot.Metrics;

/// <summary>Times each turn, around the real turn processor.</summary>
internal sealed class MeasuredTurnProcessor(ITurnProcessor inner, TurnMetrics metrics) : ITurnProcessor
{
    public async Task<TurnResult> ProcessAsync(Activity incoming, string? siteBaseUrl, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return await inner.ProcessAsync(incoming, siteBaseUrl, cancellationToken);
        }
        finally
        {
            metrics.Processed(incoming.Type, incoming.ChannelId, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }
}
