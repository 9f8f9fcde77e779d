using System.Diagnostics;

namespace FaqBot.Tests.Commands;

/// <summary>Runs the built <c>faqbot</c> program as a real process, the way a user would.</summary>
internal static class FaqBotProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The program's assembly, copied next to the tests by the project reference.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "faqbot.dll");

    public static async Task<ProcessResult> RunAsync(
        IReadOnlyList<string> args, string workingDirectory, string? input = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Settings must come from the test's own files, not from the machine running the tests.
        foreach (var variable in start.Environment.Keys.Where(key => key.StartsWith("Knowledge__", StringComparison.Ordinal) || key is "LANG" or "LC_ALL" or "LC_MESSAGES").ToList())
        {
            start.Environment.Remove(variable);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var cancellation = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"faqbot {string.Join(' ', args)} did not finish within {Timeout}");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    // The SDK tells test hosts which dotnet runs them; use the same one for the program.
    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
