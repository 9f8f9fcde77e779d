using System.Diagnostics.Metrics;

namespace FaqBot.BotFramework.Connector;

/// <summary>
/// Counters of the Bot Framework channel (meter <see cref="MeterName"/>): replies delivered and replies
/// that failed for good, so an operator can alert on lost answers without reading logs.
/// </summary>
public sealed class BotMetrics
{
    /// <summary>Name of the meter the counters belong to.</summary>
    public const string MeterName = "FaqBot.BotFramework";

    private readonly Counter<long> delivered;
    private readonly Counter<long> failed;

    /// <summary>Creates the counters on a meter from <paramref name="meterFactory"/>.</summary>
    public BotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        delivered = meter.CreateCounter<long>("faqbot.bot.replies.delivered", description: "Replies the channel accepted.");
        failed = meter.CreateCounter<long>("faqbot.bot.replies.failed", description: "Replies that could not be delivered after retries.");
    }

    internal void Delivered(string? channelId) => delivered.Add(1, new KeyValuePair<string, object?>("channel", channelId));

    internal void Failed(string? channelId) => failed.Add(1, new KeyValuePair<string, object?>("channel", channelId));
}
