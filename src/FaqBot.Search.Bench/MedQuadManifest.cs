using System.Text.Json;

namespace FaqBot.Search.Bench;

/// <summary>
/// MedQuAD's manifest.jsonl: the original heading of every section. In the no-headings variant the
/// headings read "Section N", so a question's <c>also_in</c> articles can only be matched to the right
/// section through the manifest (the same question text may be section 2 there and section 5 here).
/// </summary>
internal static class MedQuadManifest
{
    /// <summary>(article path, original heading) → passage ids; empty when the file does not exist.</summary>
    public static ILookup<(string Article, string Heading), string> Load(string path)
    {
        if (!File.Exists(path))
        {
            return Array.Empty<(string, string, string)>().ToLookup(x => (x.Item1, x.Item2), x => x.Item3);
        }

        var sections = new List<(string Article, string Heading, string Id)>();
        foreach (string line in File.ReadLines(path).Where(l => l.StartsWith('{')))
        {
            using var json = JsonDocument.Parse(line);
            string article = json.RootElement.GetProperty("path").GetString() ?? string.Empty;
            foreach (var section in json.RootElement.GetProperty("sections").EnumerateArray())
            {
                sections.Add((article, section.GetProperty("heading").GetString() ?? string.Empty, $"{article}#{section.GetProperty("n").GetInt32()}"));
            }
        }

        return sections.ToLookup(s => (s.Article, s.Heading), s => s.Id);
    }
}
