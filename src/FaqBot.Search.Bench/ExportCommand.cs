using System.Text.Json;

namespace FaqBot.Search.Bench;

/// <summary>Writes the passages and questions in lucene-ref's JSONL input formats.</summary>
internal static class ExportCommand
{
    public static int Run(string articles, string questions, string output)
    {
        var passages = MedQuadCorpus.Load(articles);
        var evalQuestions = EvalQuestion.Load(questions);
        Directory.CreateDirectory(output);
        File.WriteAllLines(
            Path.Combine(output, "passages.jsonl"),
            passages.Select(p => JsonSerializer.Serialize(new { id = p.Id, title = p.Title, heading = p.Heading, text = p.Text })));
        File.WriteAllLines(
            Path.Combine(output, "queries.jsonl"),
            evalQuestions.Select(q => JsonSerializer.Serialize(new { id = q.Id, q = q.Question })));
        Console.WriteLine($"wrote {passages.Count} passages and {evalQuestions.Count} queries to {output}");
        return 0;
    }
}
