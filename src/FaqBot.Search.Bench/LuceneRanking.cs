using System.Text.Json.Serialization;

namespace FaqBot.Search.Bench;

/// <summary>One output line of lucene-ref: the query id, the ranked passage ids and their scores.</summary>
internal sealed record LuceneRanking(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("top")] IReadOnlyList<string> Top,
    [property: JsonPropertyName("scores")] IReadOnlyList<float> Scores)
{
    public static Dictionary<string, LuceneRanking> Load(string path)
    {
        var rankings = new Dictionary<string, LuceneRanking>(StringComparer.Ordinal);
        foreach (var ranking in JsonLinesFile.Read<LuceneRanking>(
            path, r => r.Id is not null && r.Top is not null && r.Scores is not null, "a lucene-ref ranking {\"id\", \"top\", \"scores\"}"))
        {
            if (!rankings.TryAdd(ranking.Id, ranking))
            {
                throw new InvalidDataException($"{path}: query id '{ranking.Id}' appears twice");
            }
        }

        return rankings;
    }
}
