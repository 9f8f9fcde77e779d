using FaqBot.Search.Analysis;
using FaqBot.Search.Indexing;

namespace FaqBot.Search.Bench;

/// <summary>Turns MedQuAD passages into search documents with the lucene-ref fields.</summary>
internal static class BenchCorpus
{
    public static List<SearchDocument> Documents(IEnumerable<MedQuadPassage> passages) =>
        passages.Select(p => new SearchDocument(p.Id, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = p.Title,
            ["heading"] = p.Heading,
            ["text"] = p.Text,
        })).ToList();

    public static SearchIndex Build(IReadOnlyList<SearchDocument> documents)
    {
        var builder = new SearchIndexBuilder(new EnglishAnalyzer());
        foreach (var document in documents)
        {
            builder.Add(document);
        }

        return builder.Build();
    }

    /// <summary>
    /// Accepted passage ids of a question: its own section, plus the section asking the same question
    /// in each <c>also_in</c> article (found by original heading in the manifest).
    /// </summary>
    public static HashSet<string> ExpectedSections(
        EvalQuestion question,
        ILookup<(string Article, string Heading), string> byHeading,
        ILookup<(string Article, string Heading), string> byOriginalHeading)
    {
        var expected = new HashSet<string>(byHeading[(question.Article, question.Heading)], StringComparer.Ordinal);
        foreach (string other in question.AlsoIn ?? [])
        {
            expected.UnionWith(byOriginalHeading[(other, question.Question)]);
        }

        return expected;
    }
}
