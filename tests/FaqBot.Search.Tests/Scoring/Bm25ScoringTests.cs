using FaqBot.Search.Indexing;
using FaqBot.Search.Querying;
using FaqBot.Search.Tests.Support;

namespace FaqBot.Search.Tests.Scoring;

public sealed class Bm25ScoringTests
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private static readonly SearchOptions TextOnly = SearchOptions.LuceneCompatible with
    {
        FieldBoosts = new Dictionary<string, float> { ["text"] = 1f },
    };

    // Four documents, one field. "the" is a stop word: it leaves a position gap but no length.
    // Lengths 2, 1, 4, 1 → sumTotalTermFreq 8, maxDoc 4, avgdl 2.
    // Lucene's one-byte norm stores 1/sqrt(len) with 3 mantissa bits and scores 1/decoded²:
    //   len 1: 1/sqrt(1) = 1.0 is exact → dl 1
    //   len 2: 0.7071 = 1.414·2⁻¹ keeps mantissa 1.25 → 0.625 → dl 1/0.390625 = 2.56
    //   len 4: 0.5 is exact → dl 4
    private static readonly SearchIndex Corpus = TestIndex.OfTexts(
        new SpaceAnalyzer("the"),
        "apple banana",
        "apple",
        "banana cherry the cherry date",
        "date");

    [Fact]
    public void Scores_a_term_exactly_as_hand_computed_lucene_bm25()
    {
        var hits = new IndexSearcher(Corpus).Search("apple", TextOnly).Hits;

        double idf = Math.Log(1 + ((4 - 2 + 0.5) / (2 + 0.5)));
        Assert.Equal(["d1", "d0"], hits.Select(h => h.Id));
        Assert.Equal(Bm25(idf, 1, 1.0), hits[0].Score, 1e-6);
        Assert.Equal(Bm25(idf, 1, 2.56), hits[1].Score, 1e-6);
    }

    [Fact]
    public void Stop_words_do_not_count_toward_the_field_length()
    {
        var hit = Assert.Single(new IndexSearcher(Corpus).Search("cherry", TextOnly).Hits);

        // Five words but four tokens: scored with dl 4 (a length of 5 would decode to 5.22).
        double idf = Math.Log(1 + ((4 - 1 + 0.5) / (1 + 0.5)));
        Assert.Equal(Bm25(idf, 2, 4.0), hit.Score, 1e-6);
    }

    [Fact]
    public void Sums_query_words_and_counts_a_repeated_word_twice()
    {
        var searcher = new IndexSearcher(Corpus);
        double idfBanana = Math.Log(1 + ((4 - 2 + 0.5) / (2 + 0.5)));
        double idfDate = Math.Log(1 + ((4 - 2 + 0.5) / (2 + 0.5)));

        var d2 = searcher.Search("banana date", TextOnly).Hits.Single(h => h.Id == "d2");
        var twice = searcher.Search("date date", TextOnly).Hits.Single(h => h.Id == "d2");

        Assert.Equal(Bm25(idfBanana, 1, 4.0) + Bm25(idfDate, 1, 4.0), d2.Score, 1e-6);
        Assert.Equal(2 * Bm25(idfDate, 1, 4.0), twice.Score, 1e-6);
    }

    [Fact]
    public void Sums_boosted_fields_and_counts_empty_fields_toward_the_average_length()
    {
        var index = TestIndex.Build(new SpaceAnalyzer(), [
            new SearchDocument("a", TestIndex.Fields(("title", "flu"), ("text", "flu shots"))),
            new SearchDocument("b", TestIndex.Fields(("title", ""), ("text", "colds"))),
        ]);
        var options = SearchOptions.LuceneCompatible with
        {
            FieldBoosts = new Dictionary<string, float> { ["title"] = 2f, ["text"] = 1f },
        };

        var hit = Assert.Single(new IndexSearcher(index).Search("flu", options).Hits);

        // maxDoc 2 for both fields; title avgdl = 1/2 (the empty title counts), text avgdl = 3/2.
        double idf = Math.Log(1 + ((2 - 1 + 0.5) / (1 + 0.5)));
        double title = 2 * Bm25(idf, 1, 1.0, avgdl: 0.5);
        double text = Bm25(idf, 1, 2.56, avgdl: 1.5);
        Assert.Equal(title + text, hit.Score, 1e-6);
        Assert.Equal(["title", "text"], hit.Matches.Select(m => m.Field));
        Assert.Equal(title, hit.Matches[0].Score, 1e-6);
    }

    [Fact]
    public void Breaks_score_ties_by_ascending_doc_id()
    {
        var index = TestIndex.OfTexts(new SpaceAnalyzer(), "x z", "y", "x z", "x z");

        var hits = new IndexSearcher(index).Search("z", TextOnly).Hits;

        Assert.Equal(["d0", "d2", "d3"], hits.Select(h => h.Id));
        Assert.Equal(hits[0].Score, hits[2].Score);
    }

    [Fact]
    public void Applies_k1_and_b_from_the_options()
    {
        var options = TextOnly with { K1 = 2f, B = 0f };
        var hits = new IndexSearcher(Corpus).Search("apple", options).Hits;

        // With b = 0 the length no longer matters, so both documents tie and keep doc-id order.
        double idf = Math.Log(1 + ((4 - 2 + 0.5) / (2 + 0.5)));
        Assert.Equal(["d0", "d1"], hits.Select(h => h.Id));
        Assert.Equal(idf * 3 / (1 + 2), hits[0].Score, 1e-6);
    }

    private static double Bm25(double idf, double tf, double dl, double avgdl = 2.0) =>
        idf * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * dl / avgdl))));
}
