using System.Text.Json;

namespace FaqBot.Tests.Commands;

public sealed class BenchCommandTests : IDisposable
{
    private readonly TestWorkspace workspace = new();

    [Fact]
    public async Task Prints_load_and_query_measurements_as_json()
    {
        var queries = Path.Combine(AppContext.BaseDirectory, "Data", "dev-questions-sample.jsonl");

        var result = await FaqBotProcess.RunAsync(
            ["--config", workspace.WriteSettings(), "bench", "--queries", queries, "--rounds", "2", "--json"], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        var articleFiles = Directory.GetFiles(TestWorkspace.RepositoryKnowledge, "*.md", SearchOption.AllDirectories)
            .Count(file => !Path.GetFileName(file).Equals("README.md", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(articleFiles, root.GetProperty("articles").GetInt32());
        Assert.True(root.GetProperty("passages").GetInt32() >= articleFiles);
        Assert.Equal(2 * File.ReadAllLines(queries).Length, root.GetProperty("queries").GetInt32());
        foreach (var key in new[] { "build_seconds", "passages_per_second", "queries_per_second", "p50_ms", "p95_ms", "p99_ms", "index_bytes" })
        {
            Assert.True(root.GetProperty(key).GetDouble() > 0, key);
        }

        Assert.True(root.GetProperty("p50_ms").GetDouble() <= root.GetProperty("p95_ms").GetDouble());
        Assert.True(root.GetProperty("p95_ms").GetDouble() <= root.GetProperty("p99_ms").GetDouble());
        Assert.Contains("Loading and indexing", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uses_titles_and_headings_as_questions_when_no_file_is_given()
    {
        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "bench", "--rounds", "1"], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("p50", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("passages/s", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Takes_the_knowledge_folder_and_the_questions_after_the_command()
    {
        workspace.WriteFile("kb/zebra.md", "---\ntitle: Zebra care\nsource: Test\n---\n\n## Feeding\n\nZebras graze on grasses.\n");
        var questions = workspace.WriteFile("zebra-questions.jsonl", "{\"question\": \"what do zebras graze on\"}\n");

        var result = await FaqBotProcess.RunAsync(
            ["--config", workspace.WriteSettings(), "bench", "--knowledge", "kb", "--queries", questions, "--rounds", "1", "--json"], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("queries").GetInt32());
    }

    public void Dispose() => workspace.Dispose();
}
