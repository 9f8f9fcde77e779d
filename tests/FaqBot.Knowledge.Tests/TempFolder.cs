using System.Text;

namespace FaqBot.Knowledge.Tests;

/// <summary>A scratch knowledge folder that deletes itself.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "faqbot-knowledge-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Delete(string relativePath) => File.Delete(System.IO.Path.Combine(Path, relativePath));

    public KnowledgeOptions Options(bool watch = false) => new() { Path = Path, Watch = watch, ReloadDelayMilliseconds = 100 };

    public static string Article(string title, string body, string extraFrontMatter = "") =>
        $"---\ntitle: \"{title}\"\nsource: Test source\n{extraFrontMatter}---\n\n{body}\n";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the OS temp cleaner gets it later.
        }
    }
}
