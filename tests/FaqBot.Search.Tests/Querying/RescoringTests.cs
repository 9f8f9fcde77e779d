using FaqBot.Search.Analysis;
using FaqBot.Search.Indexing;
using FaqBot.Search.Querying;
using FaqBot.Search.Tests.Support;

namespace FaqBot.Search.Tests.Querying;

public sealed class RescoringTests
{
    [Fact]
    public void Proximity_ranks_adjacent_query_words_above_scattered_ones()
    {
        // Same words, same length: BM25 cannot tell these apart, so Lucene order keeps d0 first.
        var index = TestIndex.OfTexts(
            new SpaceAnalyzer(),
            "kidney w1 w2 w3 w4 w5 stones",
            "w1 w2 w3 kidney stones w4 w5");
        var searcher = new IndexSearcher(index);
        var noTitle = SearchOptions.Default with { TitleCoverageWeight = 0 };

        var lucene = searcher.Search("kidney stones", SearchOptions.LuceneCompatible).Hits;
        var near = searcher.Search("kidney stones", noTitle).Hits;

        Assert.Equal(["d0", "d1"], lucene.Select(h => h.Id));
        Assert.Equal(lucene[0].Score, lucene[1].Score);
        Assert.Equal(["d1", "d0"], near.Select(h => h.Id));
        // Both documents hold the pair: at distance 1 (d1) and 6 (d0); the bonus is w · idf / distance.
        double idf = Idf(2, 2);
        Assert.Equal(lucene[0].Score + (noTitle.ProximityWeight * idf / 1), near[0].Score, 1e-6);
        Assert.Equal(lucene[0].Score + (noTitle.ProximityWeight * idf / 6), near[1].Score, 1e-6);
    }

    [Fact]
    public void Title_coverage_prefers_the_document_whose_title_the_query_names()
    {
        var index = TestIndex.Build(new EnglishAnalyzer(), [
            new SearchDocument("other", TestIndex.Fields(("title", "Thyroid cancer"), ("text", "Congenital hypothyroidism may follow thyroid surgery and congenital defects."))),
            new SearchDocument("named", TestIndex.Fields(("title", "Congenital hypothyroidism"), ("text", "Babies can be born with it."))),
        ]);
        var searcher = new IndexSearcher(index);
        var coverageOnly = SearchOptions.LuceneCompatible with { TitleCoverageWeight = 1f };

        var plain = searcher.Search("congenital hypothyroidism", SearchOptions.LuceneCompatible with { FieldBoosts = new Dictionary<string, float> { ["text"] = 1f, ["title"] = 0.01f } }).Hits;
        var covered = searcher.Search("congenital hypothyroidism", coverageOnly with { FieldBoosts = new Dictionary<string, float> { ["text"] = 1f, ["title"] = 0.01f } }).Hits;

        Assert.Equal("other", plain[0].Id);
        Assert.Equal("named", covered[0].Id);
    }

    private static double Idf(int docFreq, int maxDoc) => Math.Log(1 + ((maxDoc - docFreq + 0.5) / (docFreq + 0.5)));
}
