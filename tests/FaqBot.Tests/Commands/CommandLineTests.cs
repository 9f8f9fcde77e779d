namespace FaqBot.Tests.Commands;

public sealed class CommandLineTests : IDisposable
{
    private readonly TestWorkspace workspace = new();

    public static TheoryData<string[]> BadCommandLines => new()
    {
        { new[] { "frobnicate" } },
        { new[] { "--jsn" } },
        { new[] { "--urls", "http://127.0.0.1:5055", "extra" } },
        { new[] { "ask" } },
        { new[] { "ask", "--bogus", "question" } },
        { new[] { "--config", "no-such-settings.json", "ask", "question" } },
        { new[] { "--knowledge", "no-such-folder", "ask", "question" } },
        { new[] { "--config" } },
        { new[] { "eval" } },
        { new[] { "eval", "no-such-questions.jsonl" } },
        { new[] { "bench", "--queries", "no-such-questions.jsonl" } },
        { new[] { "bench", "--rounds", "zero" } },
        { new[] { "chat", "extra" } },
        { new[] { "report", "--top", "-1" } },
        { new[] { "teams-package", "--out", "app.zip" } },
        { new[] { "teams-package", "--app-id", "00000000-0000-0000-0000-000000000001" } },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public async Task Reports_a_bad_command_line_in_one_line_with_usage_and_exit_code_2(string[] args)
    {
        var result = await FaqBotProcess.RunAsync(args, workspace.Root);

        Assert.True(result.ExitCode == 2, result.ToString());
        var lines = result.Stderr.Split('\n');
        Assert.StartsWith("faqbot: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Usage: faqbot", lines[1], StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task Reports_a_settings_file_that_is_not_json_with_exit_code_2()
    {
        var settings = workspace.WriteFile("broken.json", "{ \"Knowledge\": ");

        var result = await FaqBotProcess.RunAsync(["--config", settings, "ask", "question"], workspace.Root);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("broken.json", result.Stderr.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_an_invalid_setting_by_its_key_with_exit_code_2()
    {
        var settings = workspace.WriteFile("invalid.json", "{ \"Knowledge\": { \"PassageTargetLength\": -5 } }");

        var result = await FaqBotProcess.RunAsync(["--config", settings, "ask", "question"], workspace.Root);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Knowledge:PassageTargetLength", result.Stderr.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_in_one_line_when_no_article_can_be_loaded()
    {
        Directory.CreateDirectory(Path.Combine(workspace.Root, "empty"));

        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "--knowledge", "empty", "ask", "question"], workspace.Root);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("faqbot: ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("ask", "--help")]
    [InlineData("bench", "-h")]
    public async Task Prints_usage_on_request(params string[] args)
    {
        var result = await FaqBotProcess.RunAsync(args, workspace.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Usage: faqbot", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("teams-package", result.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => workspace.Dispose();
}
