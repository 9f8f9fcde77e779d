using System.Text.Json;

namespace FaqBot.Tests.Commands;

public sealed class AskCommandTests : IDisposable
{
    private readonly TestWorkspace workspace = new();

    [Fact]
    public async Task Prints_excerpts_with_sources_links_and_the_disclaimer()
    {
        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "ask", "Can baclofen cause anxiety?"], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("    Source: ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Link: /articles/", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("consult your doctor", result.Stdout, StringComparison.OrdinalIgnoreCase);
        // Output to a pipe gets plain markers, never terminal escape codes.
        Assert.Contains("**", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_one_json_object_with_the_documented_fields()
    {
        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "ask", "--json", "What is baclofen?"], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("answer", root.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.String, root.GetProperty("disclaimer").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("suggestions").ValueKind);
        var excerpts = root.GetProperty("excerpts").EnumerateArray().ToList();
        Assert.NotEmpty(excerpts);
        foreach (var excerpt in excerpts)
        {
            var article = excerpt.GetProperty("article");
            var articleId = article.GetProperty("id").GetString()!;
            Assert.True(File.Exists(Path.Combine(TestWorkspace.RepositoryKnowledge, articleId + ".md")), articleId);
            Assert.False(string.IsNullOrEmpty(article.GetProperty("title").GetString()));
            Assert.EndsWith(".txt", article.GetProperty("origin").GetString(), StringComparison.Ordinal);
            Assert.StartsWith($"/articles/{articleId}", excerpt.GetProperty("link").GetString(), StringComparison.Ordinal);
            Assert.True(excerpt.GetProperty("score").GetDouble() > 0);
            Assert.Equal(JsonValueKind.String, excerpt.GetProperty("section").ValueKind);
            var text = excerpt.GetProperty("text").GetString()!;
            Assert.Contains(text, root.GetProperty("text").GetString()!, StringComparison.Ordinal);
            Assert.Contains(text, File.ReadAllText(Path.Combine(TestWorkspace.RepositoryKnowledge, articleId + ".md")), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("I took too many baclofen pills and can't breathe", "emergency")]
    [InlineData("hello", "chitchat")]
    public async Task Reports_the_kind_of_reply(string question, string kind)
    {
        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "ask", "--json", question], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(kind, json.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Explains_the_analysed_query_matches_and_index_version()
    {
        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "ask", "--explain", "Does baclofen make you sleepy?"], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Index version:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Analysed terms:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Hits:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Joins_unquoted_words_into_one_question()
    {
        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "ask", "--json", "what", "is", "baclofen?"], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("answer", json.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Finds_the_repository_settings_and_knowledge_when_run_from_the_repository_root()
    {
        var result = await FaqBotProcess.RunAsync(["ask", "--json", "What is baclofen?"], TestWorkspace.RepositoryRoot);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.NotEmpty(json.RootElement.GetProperty("excerpts").EnumerateArray());
    }

    [Fact]
    public async Task Finds_the_repository_settings_from_its_own_location_when_run_elsewhere()
    {
        var result = await FaqBotProcess.RunAsync(["ask", "--json", "What is baclofen?"], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.NotEmpty(json.RootElement.GetProperty("excerpts").EnumerateArray());
    }

    [Fact]
    public async Task Answers_from_the_folder_given_with_knowledge()
    {
        workspace.WriteFile("kb/zebra.md", "---\ntitle: \"Zebra care\"\nsource: \"Test\"\n---\n\n## Feeding\n\nZebras graze on grasses for most of the day.\n");

        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "--knowledge", "kb", "ask", "--json", "what do zebras graze on"], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("zebra", json.RootElement.GetProperty("excerpts")[0].GetProperty("article").GetProperty("id").GetString());
    }

    public void Dispose() => workspace.Dispose();
}
