using System.Globalization;
using FaqBot.Cluster.Bench;

// Measures FaqBot behind the load balancer: N instances on one Redis (scripts/cluster), then the
// conversations of a real Web Chat client (POST + WebSocket), every reply accounted for.
//   dotnet run -c Release --project src/FaqBot.Cluster.Bench -- [--instances 3] [--conversations 200]
//       [--turns 20] [--concurrency 64] [--restart-redis]
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a, x => x.i + 1 < args.Length && !args[x.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[x.i + 1] : "true");
int Option(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "FaqBot.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
}

var dll = Path.Combine(root, "src", "FaqBot", "bin", "Release", "net10.0", "faqbot.dll");
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"build the bot first: dotnet build src/FaqBot -c Release ({dll} is missing)");
    return 2;
}

if (options.TryGetValue("--url", out var url))
{
    // An already running server (one instance in memory mode, for comparison).
    var direct = await new DirectLineLoad(new Uri(url), TimeSpan.FromSeconds(30))
        .RunAsync(Option("--conversations", 200), Option("--turns", 20), Option("--concurrency", 64), CancellationToken.None);
    Console.WriteLine($"{url}: {direct}");
    return 0;
}

var instances = Option("--instances", 3);
var settings = new Dictionary<string, string>
{
    // One client (this program, one loopback address) starts every conversation.
    ["DirectLine:MaxNewConversationsPerClientPerMinute"] = "1000000",
    ["DirectLine:MaxStreamsPerClient"] = "100000",
    ["DirectLine:MaxPostsPerMinute"] = "100000",
};
await using var cluster = await ClusterProcess.StartAsync(root, instances, dll, settings);
Console.Error.WriteLine($"cluster of {instances} at {cluster.Url}");
// Warm-up (JIT, connection pools, Redis scripts loaded) is not measured.
await new DirectLineLoad(cluster.Url, TimeSpan.FromSeconds(30)).RunAsync(Math.Max(instances * 4, 8), 3, 8, CancellationToken.None);
var load = new DirectLineLoad(cluster.Url, TimeSpan.FromSeconds(30));
var run = load.RunAsync(Option("--conversations", 200), Option("--turns", 20), Option("--concurrency", 64), CancellationToken.None);
if (options.ContainsKey("--restart-redis"))
{
    await Task.Delay(TimeSpan.FromSeconds(3));
    Console.Error.WriteLine("restarting redis (down 2 s)");
    await cluster.RestartRedisAsync(TimeSpan.FromSeconds(2));
}

var result = await run;
Console.WriteLine($"{instances} instance(s): {result}");
return result.Lost + result.Duplicated + result.Misdelivered + result.ServerErrors500 == 0 ? 0 : 1;
