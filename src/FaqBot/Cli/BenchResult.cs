using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FaqBot.Cli;

/// <summary>What <c>faqbot bench</c> measured, printed as text or as one JSON object.</summary>
internal sealed record BenchResult
{
    public required string Knowledge { get; init; }
    public required string IndexVersion { get; init; }
    public required int Articles { get; init; }
    public required int Passages { get; init; }
    public required double BuildSeconds { get; init; }
    public required long IndexBytes { get; init; }
    public required long ManagedHeapBytes { get; init; }
    public required int DistinctQuestions { get; init; }
    public required IReadOnlyList<double> TimingsMs { get; init; }

    public int Queries => TimingsMs.Count;

    public double PassagesPerSecond => BuildSeconds > 0 ? Passages / BuildSeconds : 0;

    public double QueriesPerSecond => TimingsMs.Sum() is var total and > 0 ? Queries / (total / 1000) : 0;

    /// <summary>Nearest rank: the smallest timing with at least p of all timings at or below it.</summary>
    private static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public string ToText()
    {
        var sorted = SortedTimings();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Knowledge:   {Knowledge} (index {IndexVersion})\n");
        text.Append(CultureInfo.InvariantCulture, $"Loaded:      {Articles:N0} articles, {Passages:N0} passages in {BuildSeconds:0.000} s ({PassagesPerSecond:N0} passages/s)\n");
        text.Append(CultureInfo.InvariantCulture, $"Index:       {Mebibytes(IndexBytes)} held by the index, {Mebibytes(ManagedHeapBytes)} managed heap after loading\n");
        text.Append(CultureInfo.InvariantCulture, $"Queries:     {Queries:N0} timed answers ({DistinctQuestions:N0} distinct questions), single thread, {QueriesPerSecond:N1} q/s\n");
        text.Append(CultureInfo.InvariantCulture, $"Latency:     p50 {Percentile(sorted, 50):0.000} ms, p95 {Percentile(sorted, 95):0.000} ms, p99 {Percentile(sorted, 99):0.000} ms, max {Percentile(sorted, 100):0.000} ms\n");
        return text.ToString();
    }

    public string ToJson()
    {
        var sorted = SortedTimings();
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("knowledge", Knowledge);
            json.WriteString("index_version", IndexVersion);
            json.WriteNumber("articles", Articles);
            json.WriteNumber("passages", Passages);
            json.WriteNumber("build_seconds", Math.Round(BuildSeconds, 4));
            json.WriteNumber("passages_per_second", Math.Round(PassagesPerSecond, 1));
            json.WriteNumber("queries", Queries);
            json.WriteNumber("distinct_questions", DistinctQuestions);
            json.WriteNumber("queries_per_second", Math.Round(QueriesPerSecond, 1));
            json.WriteNumber("p50_ms", Math.Round(Percentile(sorted, 50), 4));
            json.WriteNumber("p95_ms", Math.Round(Percentile(sorted, 95), 4));
            json.WriteNumber("p99_ms", Math.Round(Percentile(sorted, 99), 4));
            json.WriteNumber("max_ms", Math.Round(Percentile(sorted, 100), 4));
            json.WriteNumber("index_bytes", IndexBytes);
            json.WriteNumber("managed_heap_bytes", ManagedHeapBytes);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // Sorted once per report: each asks for four percentiles.
    private double[] SortedTimings() => [.. TimingsMs.Order()];

    private static string Mebibytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MiB");
}
