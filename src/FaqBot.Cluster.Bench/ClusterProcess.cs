using System.Diagnostics;
using System.Globalization;

namespace FaqBot.Cluster.Bench;

/// <summary>
/// <c>scripts/cluster</c> as a child process: redis-server, N FaqBot instances and nginx on loopback.
/// Knows their PIDs so a test can SIGKILL an instance or restart Redis, and stops everything with
/// SIGTERM to the script (which stops what it started).
/// </summary>
public sealed class ClusterProcess : IAsyncDisposable
{
    private readonly Process _script;

    private ClusterProcess(Process script) => _script = script;

    public Uri Url { get; private set; } = null!;

    public int RedisPort { get; private set; }

    public int RedisPid { get; private set; }

    public List<(int Pid, Uri Url)> Instances { get; } = [];

    public string Directory { get; private set; } = "";

    public static async Task<ClusterProcess> StartAsync(string repositoryRoot, int instances, string faqbotDll, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repositoryRoot,
        };
        foreach (var argument in new[] { Path.Combine(repositoryRoot, "scripts", "cluster"), "--instances", instances.ToString(CultureInfo.InvariantCulture), "--port", FreePort().ToString(CultureInfo.InvariantCulture), "--dll", faqbotDll })
        {
            start.ArgumentList.Add(argument);
        }

        // As environment variables, which override the settings file (command-line settings do not).
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var script = Process.Start(start) ?? throw new InvalidOperationException("scripts/cluster did not start");
        var cluster = new ClusterProcess(script);
        var errors = script.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await script.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (cluster.Take(line))
            {
                _ = cluster.FollowAsync();
                return cluster;
            }
        }

        throw new InvalidOperationException($"scripts/cluster stopped before it was ready: {await errors}");
    }

    /// <summary>SIGKILL: the instance gets no chance to close sockets or finish turns.</summary>
    public void KillInstance(int index) => Signal("KILL", Instances[index].Pid);

    /// <summary>Shuts Redis down (its append-only file is written) and waits until the script has started it again.</summary>
    public async Task RestartRedisAsync(TimeSpan downFor)
    {
        var previous = RedisPid;
        Signal("STOP", previous);
        await Task.Delay(downFor);
        Signal("CONT", previous);
        Signal("TERM", previous);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (RedisPid == previous && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_script.HasExited)
        {
            Signal("TERM", _script.Id);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _script.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _script.Kill(entireProcessTree: true);
            }
        }

        _script.Dispose();
    }

    private bool Take(string line)
    {
        var parts = line.Split(' ', 3);
        switch (parts[0])
        {
            case "url":
                Url = new Uri(parts[1]);
                break;
            case "redis":
                RedisPid = int.Parse(parts[1], CultureInfo.InvariantCulture);
                RedisPort = new Uri("tcp://" + parts[2]).Port;
                break;
            case "instance":
                Instances.Add((int.Parse(parts[1], CultureInfo.InvariantCulture), new Uri(parts[2] + "/")));
                break;
            case "dir":
                Directory = parts[1];
                break;
            case "ready":
                return true;
        }

        return false;
    }

    private async Task FollowAsync()
    {
        while (await _script.StandardOutput.ReadLineAsync() is { } line)
        {
            Take(line);
        }
    }

    private static void Signal(string signal, int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false });
        kill?.WaitForExit(5000);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
