using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Search.Bench;

/// <summary>One line of MedQuAD's eval-questions JSONL.</summary>
internal sealed record EvalQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("heading")] string Heading,
    [property: JsonPropertyName("also_in")] IReadOnlyList<string>? AlsoIn)
{
    public static List<EvalQuestion> Load(string path) =>
        File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<EvalQuestion>(l) ?? throw new InvalidDataException($"bad line in {path}"))
            .ToList();
}
