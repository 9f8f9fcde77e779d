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
        JsonLinesFile.Read<EvalQuestion>(
            path,
            q => q.Id is not null && q.Question is not null && q.Article is not null && q.Heading is not null,
            "an eval question {\"id\", \"question\", \"article\", \"heading\"}");
}
