using System.Net;
using System.Text.Json;

namespace FaqBot.Tests.Http;

/// <summary>The running server picks up edits to its knowledge folder, and a broken edit never takes it down.</summary>
public sealed class HotReloadTests : IDisposable
{
    private const string Article = "---\ntitle: Zebra care\nsource: Test\n---\n\n## Feeding\n\nZebras graze on grasses for most of the day.\n";

    private readonly TestWorkspace workspace = new();

    [Fact]
    public async Task Readiness_shows_the_new_index_after_an_edit_and_keeps_the_last_good_one_after_a_broken_edit()
    {
        workspace.WriteFile("knowledge/zebra.md", Article);
        using var app = new FaqBotApplication(Path.Combine(workspace.Root, "knowledge"), workspace.Root, watch: true);
        using var client = app.CreateClient();
        var first = await WaitForReadiness(client, _ => true);
        Assert.Equal("[]", first.Problems);

        workspace.WriteFile("knowledge/zebra.md", Article.Replace("grasses", "grasses and leaves", StringComparison.Ordinal));
        var edited = await WaitForReadiness(client, state => state.Version != first.Version);
        Assert.Contains("grasses and leaves", await client.GetStringAsync(new Uri("/articles/zebra", UriKind.Relative)), StringComparison.Ordinal);

        workspace.WriteFile("knowledge/zebra.md", "---\ntitle Zebra care\n---\n\nNo longer an article.\n");
        var broken = await WaitForReadiness(client, state => state.BuiltAt != edited.BuiltAt);
        Assert.Equal(edited.Version, broken.Version);
        Assert.Contains("zebra.md:2: ", broken.Problems, StringComparison.Ordinal);
        Assert.Equal(1, broken.ProblemCount);
        Assert.Contains("grasses and leaves", await client.GetStringAsync(new Uri("/articles/zebra", UriKind.Relative)), StringComparison.Ordinal);
    }

    /// <summary>Polls /readyz until it is 200 and its knowledge state satisfies <paramref name="condition"/>.</summary>
    private static async Task<(string Version, string BuiltAt, string Problems, int ProblemCount)> WaitForReadiness(
        HttpClient client, Func<(string Version, string BuiltAt, string Problems, int ProblemCount), bool> condition)
    {
        string last = "";
        for (int attempt = 0; attempt < 600; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            last = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                using var body = JsonDocument.Parse(last);
                var knowledge = body.RootElement.GetProperty("knowledge");
                var state = (
                    knowledge.GetProperty("index_version").GetString()!,
                    knowledge.GetProperty("built_at").GetString()!,
                    knowledge.GetProperty("problems").ToString(),
                    knowledge.GetProperty("problem_count").GetInt32());
                if (condition(state))
                {
                    return state;
                }
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"/readyz never reached the expected state; last response: {last}");
    }

    public void Dispose() => workspace.Dispose();
}
