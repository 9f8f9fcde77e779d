using FaqBot.Search.Analysis;
using FaqBot.Search.Indexing;
using FaqBot.Search.Querying;
using FaqBot.Search.Tests.Support;

namespace FaqBot.Search.Tests.Indexing;

public sealed class SearchIndexTests
{
    private static readonly SearchDocument[] Documents =
    [
        new("a", TestIndex.Fields(("title", "Asthma"), ("text", "Asthma narrows the airways. Inhalers help."))),
        new("b", TestIndex.Fields(("title", "Eczema ✓ – naïve"), ("text", "Dry, itchy skin. 😀 שלום"))),
        new("c", TestIndex.Fields(("text", "No title here."))),
    ];

    [Fact]
    public void Stores_every_field_verbatim_and_numbers_documents_in_order()
    {
        var index = TestIndex.Build(new EnglishAnalyzer(), Documents);

        Assert.Equal(3, index.DocumentCount);
        for (int d = 0; d < Documents.Length; d++)
        {
            var stored = index.GetDocument(d);
            Assert.Equal(Documents[d].Id, stored.Id);
            Assert.Equal(Documents[d].Fields.OrderBy(f => f.Key), stored.Fields.OrderBy(f => f.Key));
            Assert.Equal(Documents[d].Id, index.GetId(d));
        }

        Assert.False(index.GetDocument(2).Fields.ContainsKey("title"));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.GetDocument(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.GetDocument(-1));
    }

    [Fact]
    public void Exposes_the_analysed_vocabulary_per_field()
    {
        var index = TestIndex.Build(new EnglishAnalyzer(), Documents);

        Assert.Equal(["title", "text"], index.FieldNames);
        Assert.Contains("inhal", index.GetVocabulary("text"));
        Assert.DoesNotContain("the", index.GetVocabulary("text"));
        Assert.Empty(index.GetVocabulary("nope"));
        Assert.Equal(1, index.DocumentFrequency("title", "asthma"));
        Assert.Equal(0, index.DocumentFrequency("title", "inhal"));
    }

    [Fact]
    public void Version_follows_the_content()
    {
        var first = TestIndex.Build(new EnglishAnalyzer(), Documents);
        var same = TestIndex.Build(new EnglishAnalyzer(), Documents);
        var changed = TestIndex.Build(new EnglishAnalyzer(), Documents.Take(2));

        Assert.Equal(first.Version, same.Version);
        Assert.NotEqual(first.Version, changed.Version);
    }

    [Fact]
    public void Estimates_its_memory_from_what_it_holds()
    {
        var small = TestIndex.Build(new EnglishAnalyzer(), Documents.Take(1));
        var large = ParityCorpus.MedQuad;

        Assert.True(small.EstimatedBytes > 0);
        long rawBytes = Enumerable.Range(0, large.DocumentCount)
            .Sum(d => large.GetDocument(d).Fields.Values.Sum(v => (long)System.Text.Encoding.UTF8.GetByteCount(v)));
        Assert.InRange(large.EstimatedBytes, rawBytes, rawBytes * 3);
    }

    [Fact]
    public void An_empty_index_finds_nothing()
    {
        var index = new SearchIndexBuilder(new EnglishAnalyzer()).Build();

        Assert.Equal(0, index.DocumentCount);
        Assert.Empty(new IndexSearcher(index).Search("asthma", SearchOptions.Default).Hits);
    }

    [Fact]
    public void A_builder_builds_once_and_rejects_null_input()
    {
        var builder = new SearchIndexBuilder(new EnglishAnalyzer());
        builder.Add(Documents[0]);
        builder.Build();

        Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Throws<InvalidOperationException>(() => builder.Add(Documents[1]));
        Assert.Throws<ArgumentNullException>(() => new SearchIndexBuilder(new EnglishAnalyzer()).Add(null!));
        Assert.Throws<ArgumentException>(() => new SearchIndexBuilder(new EnglishAnalyzer())
            .Add(new SearchDocument("x", new Dictionary<string, string> { ["text"] = null! })));
    }

    [Fact]
    public void A_filter_restricts_hits_to_accepted_documents()
    {
        var index = TestIndex.Build(new EnglishAnalyzer(), Documents);

        var hits = new IndexSearcher(index).Search("asthma skin title", SearchOptions.Default, 10, doc => doc != 0).Hits;

        Assert.Equal(["b", "c"], hits.Select(h => h.Id).Order());
    }
}
