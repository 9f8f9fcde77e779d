using System.Text.Json;

namespace FaqBot.Tests;

/// <summary>A temporary folder for one test: settings files, knowledge folders, logs. Deleted afterwards.</summary>
internal sealed class TestWorkspace : IDisposable
{
    public TestWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "faqbot-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The repository's curated knowledge folder (tests read it, never change it).</summary>
    public static string RepositoryKnowledge => Path.Combine(RepositoryRoot, "knowledge");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Writes a settings file whose knowledge folder and logs are the given ones (logs default into this workspace).</summary>
    public string WriteSettings(string? knowledgePath = null, string name = "settings.json", string? urls = null)
    {
        var settings = new Dictionary<string, object>
        {
            ["Urls"] = urls ?? "http://127.0.0.1:0",
            ["Knowledge"] = new Dictionary<string, object> { ["Path"] = knowledgePath ?? RepositoryKnowledge },
            ["Feedback"] = new Dictionary<string, object>
            {
                ["Path"] = Path.Combine(Root, "feedback.jsonl"),
                ["UnansweredPath"] = Path.Combine(Root, "unanswered.jsonl"),
            },
        };
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, JsonSerializer.Serialize(settings));
        return path;
    }

    public string WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A process that is still shutting down may hold a file; the OS cleans the temp folder.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FaqBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("the tests must run from inside the repository (FaqBot.sln not found above the test folder)");
    }
}
