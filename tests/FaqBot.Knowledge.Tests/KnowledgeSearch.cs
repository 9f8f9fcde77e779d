using FaqBot.Knowledge.Passages;
using FaqBot.Search.Querying;

namespace FaqBot.Knowledge.Tests;

/// <summary>Searches a snapshot the way the answer engine does, to check what is findable.</summary>
internal static class KnowledgeSearch
{
    public static SearchResults Search(KnowledgeBase knowledge, string question, int top = 3) =>
        new IndexSearcher(knowledge.Index).Search(question, knowledge.CreateSearchOptions(SearchOptions.LuceneCompatible), top);

    /// <summary>The best passage for the question, or null when nothing matches.</summary>
    public static Passage? Top(KnowledgeBase knowledge, string question) =>
        Search(knowledge, question) is { Hits: [var best, ..] } ? knowledge.Passages[best.DocId] : null;
}
