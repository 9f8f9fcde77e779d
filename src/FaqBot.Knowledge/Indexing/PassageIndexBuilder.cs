using FaqBot.Knowledge.Passages;
using FaqBot.Search.Analysis;
using FaqBot.Search.Indexing;

namespace FaqBot.Knowledge.Indexing;

/// <summary>Indexes passages: one search document per passage, document id i is passage i.</summary>
internal static class PassageIndexBuilder
{
    public static SearchIndex Build(IReadOnlyList<Passage> passages, Analyzer analyzer)
    {
        var builder = new SearchIndexBuilder(analyzer);
        foreach (var passage in passages)
        {
            // Empty fields are left out rather than indexed empty, as Lucene does, so they do not shorten the
            // average field length BM25 normalises by.
            var fields = new Dictionary<string, string>(4, StringComparer.Ordinal)
            {
                [KnowledgeFields.Title] = passage.Title,
                [KnowledgeFields.Text] = passage.Text,
            };
            if (passage.Heading.Length > 0)
            {
                fields[KnowledgeFields.Heading] = passage.Heading;
            }

            if (passage.IsFaq)
            {
                fields[KnowledgeFields.Faq] = passage.Heading;
            }

            builder.Add(new SearchDocument(passage.Id, fields));
        }

        return builder.Build();
    }
}
