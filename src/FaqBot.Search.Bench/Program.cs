using FaqBot.Search.Bench;

// Measurement tool for the search engine: MedQuAD export for lucene-ref, parity, retrieval quality, speed.
const string Usage = """
    usage:
      export-jsonl ARTICLES_DIR QUESTIONS.jsonl OUT_DIR      passages.jsonl + queries.jsonl for lucene-ref
      parity ARTICLES_DIR QUESTIONS.jsonl LUCENE_OUT.jsonl    top-1 / top-10 agreement, Lucene-compatible mode
      retrieval ARTICLES_DIR QUESTIONS.jsonl [LUCENE_OUT.jsonl] [--lucene-mode]
                                                              section/article R@1 and MRR@10
      bench ARTICLES_DIR QUESTIONS.jsonl [--passes N] [--builds N]
                                                              build time, latency, q/s, memory
                                                              (Lucene-compatible and all features)
    """;

try
{
    return args switch
    {
        ["export-jsonl", var articles, var questions, var output] => ExportCommand.Run(articles, questions, output),
        ["parity", var articles, var questions, var lucene] => ParityCommand.Run(articles, questions, lucene),
        ["retrieval", var articles, var questions, .. var rest] => RetrievalCommand.Run(articles, questions, rest),
        ["bench", var articles, var questions, .. var rest] => BenchCommand.Run(articles, questions, rest),
        _ => Fail(Usage),
    };
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException or FormatException)
{
    return Fail($"error: {e.Message}");
}

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
