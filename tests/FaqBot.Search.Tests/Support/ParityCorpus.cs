using FaqBot.Search.Analysis;
using FaqBot.Search.Indexing;

namespace FaqBot.Search.Tests.Support;

/// <summary>Indexes of the Data/Parity passages with the English analyzer, built once per test run.</summary>
internal static class ParityCorpus
{
    private static readonly Lazy<SearchIndex> MedQuadIndex = new(() => Build("medquad-passages.jsonl"));
    private static readonly Lazy<SearchIndex> SampleIndex = new(() => Build("sample-passages.jsonl"));

    public static SearchIndex MedQuad => MedQuadIndex.Value;

    public static SearchIndex Sample => SampleIndex.Value;

    public static SearchIndex Build(string passages) =>
        TestIndex.Build(
            new EnglishAnalyzer(),
            Jsonl.Read("Parity/" + passages).Select(p => new SearchDocument(
                p.GetProperty("id").ToString(),
                TestIndex.Fields(("title", p.Text("title")), ("heading", p.Text("heading")), ("text", p.Text("text"))))));
}
