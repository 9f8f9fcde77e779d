using FaqBot.Search.Analysis;
using FaqBot.Search.Indexing;

namespace FaqBot.Search.Tests.Support;

/// <summary>Builds small indexes for tests.</summary>
internal static class TestIndex
{
    /// <summary>Documents with only a <c>text</c> field, ids d0, d1, …</summary>
    public static SearchIndex OfTexts(Analyzer analyzer, params string[] texts) =>
        Build(analyzer, texts.Select((t, i) => new SearchDocument($"d{i}", Fields(("text", t)))));

    public static SearchIndex Build(Analyzer analyzer, IEnumerable<SearchDocument> documents)
    {
        var builder = new SearchIndexBuilder(analyzer);
        foreach (var document in documents)
        {
            builder.Add(document);
        }

        return builder.Build();
    }

    public static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
