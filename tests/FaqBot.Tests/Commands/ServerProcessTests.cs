using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FaqBot.Tests.Commands;

public sealed class ServerProcessTests : IDisposable
{
    private readonly TestWorkspace workspace = new();

    [Fact]
    public async Task Starts_the_server_without_a_command_on_the_address_given_with_urls()
    {
        var port = FreePort();

        var output = await RunServerUntilReadyAsync(["--config", workspace.WriteSettings(), "--urls", $"http://127.0.0.1:{port}"], port, new Dictionary<string, string>());

        Assert.Contains($"http://127.0.0.1:{port}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listens_on_the_address_in_aspnetcore_urls_rather_than_the_settings_file()
    {
        var port = FreePort();
        var environment = new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" };

        var output = await RunServerUntilReadyAsync(["--config", workspace.WriteSettings(urls: "http://127.0.0.1:1")], port, environment);

        Assert.Contains($"http://127.0.0.1:{port}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stops_with_exit_code_1_and_says_why_when_no_article_can_be_loaded()
    {
        Directory.CreateDirectory(Path.Combine(workspace.Root, "empty"));

        var result = await FaqBotProcess.RunAsync(
            ["--config", workspace.WriteSettings(), "--knowledge", "empty", "--urls", $"http://127.0.0.1:{FreePort()}"], workspace.Root);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("knowledge base could not be loaded", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_in_one_line_that_the_port_is_taken_and_exits_with_code_1()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "--urls", $"http://127.0.0.1:{port}"], workspace.Root);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"faqbot: the server could not start: Failed to bind to address http://127.0.0.1:{port}", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_malformed_address_with_exit_code_2()
    {
        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "--urls", "not-an-address"], workspace.Root);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("faqbot: the server could not start: Invalid url: 'not-an-address'", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stops_with_exit_code_2_naming_an_invalid_setting()
    {
        var settings = workspace.WriteFile("invalid.json", "{ \"Knowledge\": { \"PassageTargetLength\": -5 } }");

        var result = await FaqBotProcess.RunAsync(["--config", settings, "--urls", $"http://127.0.0.1:{FreePort()}"], workspace.Root);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("faqbot: the server could not start: Knowledge:PassageTargetLength", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => workspace.Dispose();

    /// <summary>Starts the server, waits until /readyz and /healthz answer 200 on the port, stops it, returns its log.</summary>
    private async Task<string> RunServerUntilReadyAsync(string[] args, int port, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workspace.Root,
        };
        start.ArgumentList.Add(FaqBotProcess.Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var server = Process.Start(start)!;
        var output = server.StandardOutput.ReadToEndAsync();
        var errors = server.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var ready = HttpStatusCode.ServiceUnavailable;
            for (var attempt = 0; attempt < 600 && ready != HttpStatusCode.OK && !server.HasExited; attempt++)
            {
                ready = await StatusAsync(client, "/readyz");
                if (ready != HttpStatusCode.OK)
                {
                    await Task.Delay(100);
                }
            }

            Assert.Equal(HttpStatusCode.OK, ready);
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/healthz"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        return await output + await errors;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            // Not listening yet.
            return HttpStatusCode.ServiceUnavailable;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
