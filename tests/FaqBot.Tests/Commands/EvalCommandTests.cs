using System.Text.Json;

namespace FaqBot.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private static readonly string Questions = Path.Combine(AppContext.BaseDirectory, "Data", "dev-questions-sample.jsonl");

    private readonly TestWorkspace workspace = new();

    [Fact]
    public async Task Prints_recall_mrr_phrases_and_per_kind_accuracy()
    {
        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "eval", Questions], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var figure in new[] { "Recall@1", "Recall@3", "MRR", "emergency", "out_of_scope", "chitchat", "dosing_personal" })
        {
            Assert.Contains(figure, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Prints_machine_readable_figures_with_json()
    {
        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "eval", "--json", Questions], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(File.ReadAllLines(Questions).Length, root.GetProperty("questions").GetInt32());
        var articles = root.GetProperty("articles");
        Assert.Equal(3, articles.GetProperty("questions").GetInt32());
        Assert.InRange(articles.GetProperty("recall_at1").GetDouble(), 0, 1);
        Assert.InRange(articles.GetProperty("mrr").GetDouble(), 0, 1);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("kinds").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("failures").ValueKind);
    }

    [Fact]
    public async Task Reports_a_malformed_question_file_with_its_line_and_exit_code_2()
    {
        var file = workspace.WriteFile("bad.jsonl", "{\"id\":\"x1\",\"kind\":\"answerable\",\"question\":\"What is baclofen?\"}\nnot json\n");

        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "eval", file], workspace.Root);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("bad.jsonl:2", result.Stderr.Split('\n')[0], StringComparison.Ordinal);
    }

    public void Dispose() => workspace.Dispose();
}
