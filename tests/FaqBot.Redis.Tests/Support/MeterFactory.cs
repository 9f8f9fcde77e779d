using System.Diagnostics.Metrics;

namespace FaqBot.Redis.Tests.Support;

/// <summary>A plain meter factory for stores built by hand in tests.</summary>
public sealed class MeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options);
        _meters.Add(meter);
        return meter;
    }

    public void Dispose() => _meters.ForEach(m => m.Dispose());
}
