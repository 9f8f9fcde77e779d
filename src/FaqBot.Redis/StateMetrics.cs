using System.Diagnostics.Metrics;

namespace FaqBot.Redis;

/// <summary>
/// Counters of the shared state (meter <see cref="MeterName"/>): each time a store could not reach
/// Redis and the turn went on without it (context forgotten, a redelivery check skipped, a record lost).
/// </summary>
public sealed class StateMetrics
{
    /// <summary>Name of the meter.</summary>
    public const string MeterName = "FaqBot.State";

    private readonly Counter<long> _degraded;

    /// <summary>Creates the counters on a meter from <paramref name="meterFactory"/>.</summary>
    public StateMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _degraded = meterFactory.Create(MeterName).CreateCounter<long>(
            "faqbot.state.degraded", description: "Operations that went on without Redis because it could not be reached.");
    }

    internal void Degraded(string store) => _degraded.Add(1, new KeyValuePair<string, object?>("store", store));
}
