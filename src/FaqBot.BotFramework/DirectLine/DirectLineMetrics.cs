using System.Diagnostics.Metrics;
using FaqBot.BotFramework.Connector;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>Direct Line instruments on the <see cref="BotMetrics.MeterName"/> meter: the WebSockets open on this instance.</summary>
public sealed class DirectLineMetrics
{
    private readonly UpDownCounter<long> _openStreams;
    private readonly Counter<long> _refusedStreams;
    private long _open;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>.</summary>
    public DirectLineMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(BotMetrics.MeterName);
        _openStreams = meter.CreateUpDownCounter<long>("faqbot.directline.streams.open", description: "Direct Line WebSockets open on this instance.");
        _refusedStreams = meter.CreateCounter<long>("faqbot.directline.streams.refused", description: "WebSockets refused by a per-client or per-instance limit.");
    }

    /// <summary>Streams open on this instance now.</summary>
    public long OpenStreams => Interlocked.Read(ref _open);

    internal void StreamOpened()
    {
        Interlocked.Increment(ref _open);
        _openStreams.Add(1);
    }

    internal void StreamClosed()
    {
        Interlocked.Decrement(ref _open);
        _openStreams.Add(-1);
    }

    internal void StreamRefused(string reason) => _refusedStreams.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
