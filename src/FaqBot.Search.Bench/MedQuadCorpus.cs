using System.Text.Json;

namespace FaqBot.Search.Bench;

/// <summary>
/// Reads the MedQuAD Markdown articles (front matter, then <c>## heading</c> sections) into passages,
/// one per section, in a stable order (ordinal path order, then section order), so both engines index
/// the same documents in the same order and doc-id tie-breaks agree.
/// </summary>
internal static class MedQuadCorpus
{
    public static List<MedQuadPassage> Load(string articlesDirectory)
    {
        if (!Directory.Exists(articlesDirectory))
        {
            throw new DirectoryNotFoundException($"articles folder not found: {articlesDirectory}");
        }

        var files = Directory.GetFiles(articlesDirectory, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(articlesDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var passages = new List<MedQuadPassage>();
        foreach (string relative in files)
        {
            Parse(relative, File.ReadAllText(Path.Combine(articlesDirectory, relative)), passages);
        }

        return passages;
    }

    private static void Parse(string path, string content, List<MedQuadPassage> passages)
    {
        string[] lines = content.Split('\n');
        string title = string.Empty;
        int line = 0;
        if (lines.Length > 0 && lines[0].TrimEnd() == "---")
        {
            for (line = 1; line < lines.Length && lines[line].TrimEnd() != "---"; line++)
            {
                if (lines[line].StartsWith("title: ", StringComparison.Ordinal))
                {
                    title = Unquote(lines[line]["title: ".Length..].Trim());
                }
            }

            line++;
        }

        string? heading = null;
        var body = new List<string>();
        int section = 0;
        for (; line <= lines.Length; line++)
        {
            bool atEnd = line == lines.Length;
            if (atEnd || lines[line].StartsWith("## ", StringComparison.Ordinal))
            {
                string text = string.Join('\n', body).Trim();
                if (heading is not null || text.Length > 0)
                {
                    passages.Add(new MedQuadPassage($"{path}#{section}", path, title, heading ?? string.Empty, text));
                }

                if (atEnd)
                {
                    break;
                }

                heading = lines[line][3..].Trim();
                section++;
                body.Clear();
                continue;
            }

            body.Add(lines[line]);
        }
    }

    /// <summary>Titles containing ": " are double-quoted JSON strings in this copy of the corpus.</summary>
    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? JsonSerializer.Deserialize<string>(value) ?? value : value;
}
