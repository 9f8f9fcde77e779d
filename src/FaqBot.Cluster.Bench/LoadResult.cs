namespace FaqBot.Cluster.Bench;

/// <summary>What a load run saw: every turn accounted for, and how fast.</summary>
public sealed record LoadResult
{
    public required int Conversations { get; init; }
    public required int TurnsSent { get; init; }
    public required int Answered { get; init; }
    public required int Lost { get; init; }
    public required int Duplicated { get; init; }
    public required int Misdelivered { get; init; }
    /// <summary>Turns whose POST had to be retried (a 5xx or a dropped connection) before it was accepted.</summary>
    public required int Retried { get; init; }
    public required int ServerErrors500 { get; init; }
    public required int Unavailable503 { get; init; }
    public required int Reconnects { get; init; }
    public required TimeSpan Elapsed { get; init; }
    public required IReadOnlyList<double> LatenciesMs { get; init; }

    public double TurnsPerSecond => Answered / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Conversations} conversations, {TurnsSent} turns: {Answered} answered, {Lost} lost, {Duplicated} duplicated, {Misdelivered} misdelivered; "
        + $"{Retried} retried, {ServerErrors500} x 500, {Unavailable503} x 503, {Reconnects} reconnects; "
        + $"{TurnsPerSecond:F1} turns/s, p50 {Percentile(50):F1} ms, p95 {Percentile(95):F1} ms, p99 {Percentile(99):F1} ms");
}
