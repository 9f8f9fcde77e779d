using System.Diagnostics;
using System.Globalization;
using System.Text;
using FaqBot.Search.Indexing;
using FaqBot.Search.Querying;

namespace FaqBot.Search.Bench;

/// <summary>
/// Index build rate, single-thread query latency and throughput, and index memory, measured the way
/// lucene-ref measures (warm-up first; each timed query = parse + search + ids of the top 10).
/// </summary>
internal static class BenchCommand
{
    public static int Run(string articles, string questions, string[] rest)
    {
        var arguments = BenchArguments.Parse(rest, [], ["--passes", "--builds"], maxPositionals: 0);
        int passes = arguments.Number("--passes", 5);
        int builds = arguments.Number("--builds", 5);
        var passages = MedQuadCorpus.Load(articles);
        var documents = BenchCorpus.Documents(passages);
        string[] queries = EvalQuestion.Load(questions).Select(q => q.Question).ToArray();
        long rawBytes = documents.Sum(d => d.Fields.Values.Sum(v => (long)Encoding.UTF8.GetByteCount(v)));

        // The first build includes JIT compilation, like Lucene's single timed build includes JVM warm-up.
        long coldStart = Stopwatch.GetTimestamp();
        BenchCorpus.Build(documents);
        double coldSeconds = Stopwatch.GetElapsedTime(coldStart).TotalSeconds;
        var buildSeconds = new List<double>();
        TimeSpan cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < builds; i++)
        {
            long start = Stopwatch.GetTimestamp();
            BenchCorpus.Build(documents);
            buildSeconds.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        double buildCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds / builds;

        buildSeconds.Sort();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var index = BenchCorpus.Build(documents);
        long gcBytes = GC.GetTotalMemory(forceFullCollection: true) - before;

        Print("passages", passages.Count);
        Print("raw text (UTF-8 bytes of all fields)", rawBytes);
        Print("index build, first (cold) run (s)", coldSeconds);
        Print("passages/s (first run)", passages.Count / coldSeconds);
        Print("index build, median of runs (s)", buildSeconds[buildSeconds.Count / 2]);
        Print("index build, best run (s)", buildSeconds[0]);
        Print("passages/s (median run)", passages.Count / buildSeconds[buildSeconds.Count / 2]);
        Print("index build CPU seconds (all threads)", buildCpu);
        Print("EstimatedBytes", index.EstimatedBytes);
        Print("EstimatedBytes / raw text", index.EstimatedBytes / (double)rawBytes);
        Print("GC-measured index bytes", gcBytes);
        Print("GC-measured / raw text", gcBytes / (double)rawBytes);

        var searcher = new IndexSearcher(index);
        RunQueries("Lucene-compatible", searcher, queries, SearchOptions.LuceneCompatible, passes);
        RunQueries("all features", searcher, queries, SearchOptions.Default, passes);
        GC.KeepAlive(index);
        return 0;
    }

    private static void RunQueries(string label, IndexSearcher searcher, string[] queries, SearchOptions options, int passes)
    {
        long sink = 0;
        int warmup = Math.Max(1, (5000 + queries.Length - 1) / queries.Length);
        for (int i = 0; i < warmup; i++)
        {
            foreach (string q in queries)
            {
                sink += Run(searcher, q, options);
            }
        }

        var latencies = new double[queries.Length * passes];
        TimeSpan cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        long wallStart = Stopwatch.GetTimestamp();
        int n = 0;
        for (int pass = 0; pass < passes; pass++)
        {
            foreach (string q in queries)
            {
                long start = Stopwatch.GetTimestamp();
                sink += Run(searcher, q, options);
                latencies[n++] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        double wall = Stopwatch.GetElapsedTime(wallStart).TotalSeconds;
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
        Array.Sort(latencies);
        Console.WriteLine($"-- queries, {label}: {passes} passes x {queries.Length} after {warmup} warm-up passes (checksum {sink})");
        Print("q/s (single thread)", n / wall);
        Print("mean ms", wall * 1000 / n);
        Print("CPU ms per query (process)", cpu * 1000 / n);
        Print("p50 ms", latencies[n / 2]);
        Print("p95 ms", latencies[(int)(n * 0.95)]);
        Print("p99 ms", latencies[(int)(n * 0.99)]);
    }

    private static long Run(IndexSearcher searcher, string query, SearchOptions options)
    {
        long sink = 0;
        foreach (var hit in searcher.Search(query, options, 10).Hits)
        {
            sink += hit.Id.Length + hit.DocId;
        }

        return sink;
    }

    private static void Print(string name, double value) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40}{value,16:0.####}"));
}
