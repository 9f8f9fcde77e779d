using System.Globalization;
using System.Text.RegularExpressions;
using FaqBot.Cluster.Bench;

namespace FaqBot.Cluster.Tests;

/// <summary>Starts <c>scripts/cluster</c> with the faqbot built beside these tests, and reads each instance's metrics.</summary>
internal static partial class Cluster
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        // Every test client comes from 127.0.0.1, so the per-address allowances are raised.
        ["DirectLine:MaxNewConversationsPerClientPerMinute"] = "100000",
        ["DirectLine:MaxStreamsPerClient"] = "100000",
        ["DirectLine:TurnRecoveryInterval"] = "00:00:01",
        ["DirectLine:TurnLease"] = "00:00:03",
    };

    public static Task<ClusterProcess> StartAsync(int instances = 3) =>
        ClusterProcess.StartAsync(RepositoryRoot(), instances, Path.Combine(AppContext.BaseDirectory, "faqbot.dll"), Settings);

    /// <summary>Message turns an instance has run (its own Prometheus endpoint, not the load balancer's).</summary>
    public static async Task<double> MessageTurnsAsync(Uri instance)
    {
        using var http = new HttpClient();
        var text = await http.GetStringAsync(new Uri(instance, "metrics"));
        return MessageTurns().Matches(text).Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    public static string RepositoryRoot()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "FaqBot.sln")))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("FaqBot.sln not found above the test folder");
        }

        return folder;
    }

    [GeneratedRegex(@"^faqbot_turn_duration_seconds_count\{[^}]*activity_type=""message""[^}]*\} (\S+)", RegexOptions.Multiline)]
    private static partial Regex MessageTurns();
}
