using System.Diagnostics.Metrics;

namespace FaqBot.Metrics;

/// <summary>Instruments of the turns themselves (meter <see cref="MeterName"/>): replies by kind and how long a turn takes.</summary>
internal sealed class TurnMetrics
{
    public const string MeterName = "FaqBot.Turns";

    private readonly Counter<long> _answers;
    private readonly Histogram<double> _latency;

    public TurnMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _answers = meter.CreateCounter<long>("faqbot.turns", description: "Questions answered, by reply kind (answer, low_confidence, no_answer, emergency, dosing, chitchat).");
        _latency = meter.CreateHistogram<double>(
            "faqbot.turn.duration",
            unit: "s",
            description: "Time to process one inbound activity, by activity type and channel.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
    }

    public void Answered(string kind) => _answers.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Processed(string? activityType, string? channel, TimeSpan elapsed) => _latency.Record(
        elapsed.TotalSeconds,
        new KeyValuePair<string, object?>("activity_type", activityType ?? "unknown"),
        new KeyValuePair<string, object?>("channel", channel ?? "unknown"));
}
