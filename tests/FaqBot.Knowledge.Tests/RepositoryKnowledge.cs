namespace FaqBot.Knowledge.Tests;

/// <summary>The repository's curated knowledge/ folder, found by walking up from the test binaries to FaqBot.sln.</summary>
internal static class RepositoryKnowledge
{
    public static string Folder { get; } = Find();

    public static KnowledgeOptions Options => new() { Path = Folder, Watch = false };

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FaqBot.sln")))
            {
                return Path.Combine(dir.FullName, "knowledge");
            }
        }

        throw new InvalidOperationException("FaqBot.sln not found above " + AppContext.BaseDirectory);
    }
}
