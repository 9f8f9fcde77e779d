using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Search.Bench;

/// <summary>One output line of lucene-ref: the query id, the ranked passage ids and their scores.</summary>
internal sealed record LuceneRanking(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("top")] IReadOnlyList<string> Top,
    [property: JsonPropertyName("scores")] IReadOnlyList<float> Scores)
{
    public static Dictionary<string, LuceneRanking> Load(string path) =>
        File.ReadLines(path)
            .Where(l => l.StartsWith('{'))
            .Select(l => JsonSerializer.Deserialize<LuceneRanking>(l) ?? throw new InvalidDataException($"bad line in {path}"))
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
}
