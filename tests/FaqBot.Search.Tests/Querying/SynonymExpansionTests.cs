using FaqBot.Search.Analysis;
using FaqBot.Search.Indexing;
using FaqBot.Search.Querying;
using FaqBot.Search.Tests.Support;

namespace FaqBot.Search.Tests.Querying;

public sealed class SynonymExpansionTests
{
    private static readonly EnglishAnalyzer Analyzer = new();

    private static readonly SearchIndex Index = TestIndex.OfTexts(
        Analyzer,
        "Myocardial infarction damages part of the muscle.",
        "A heart attack needs emergency care.",
        "Paracetamol relieves fever.");

    private static readonly SearchOptions WithSynonyms = SearchOptions.Default with
    {
        Synonyms = SynonymMap.Parse("heart attack, myocardial infarction\nacetaminophen => paracetamol\n", Analyzer),
    };

    [Fact]
    public void Expands_a_multi_word_synonym_below_the_users_own_words()
    {
        var results = new IndexSearcher(Index).Search("heart attack", WithSynonyms);

        Assert.Equal(["d1", "d0"], results.Hits.Select(h => h.Id));
        Assert.All(results.Hits[1].Matches, m => Assert.Equal(MatchKind.Synonym, m.Kind));
        Assert.Contains(results.Query.Terms, t => t is { Term: "myocardi", Kind: MatchKind.Synonym, Source: "heart attack" });
        Assert.All(results.Query.Terms.Where(t => t.Kind == MatchKind.Synonym), t => Assert.Equal(WithSynonyms.SynonymWeight, t.Weight));
    }

    [Fact]
    public void Applies_a_one_way_mapping_at_synonym_weight()
    {
        var hits = new IndexSearcher(Index).Search("acetaminophen", WithSynonyms).Hits;

        var hit = Assert.Single(hits);
        Assert.Equal("d2", hit.Id);
        var plain = new IndexSearcher(Index).Search("paracetamol", SearchOptions.Default).Hits.Single();
        Assert.Equal(plain.Score * WithSynonyms.SynonymWeight, hit.Score, 1e-4);
    }

    [Fact]
    public void Scores_a_word_shared_by_the_input_and_its_alternatives_once_at_full_weight()
    {
        var index = TestIndex.OfTexts(Analyzer, "Side effects include drowsiness.", "It takes effect in an hour.");
        var options = SearchOptions.Default with
        {
            Synonyms = SynonymMap.Parse("side effects, adverse effects, adverse reactions, unwanted effects\n", Analyzer),
        };

        var results = new IndexSearcher(index).Search("side effects", options);

        // "effect" comes from the user at weight 1; the alternatives add only their new words, once each.
        Assert.Equal(["side", "effect", "advers", "reaction", "unwant"], results.Query.Terms.Select(t => t.Term));
        Assert.Single(results.Query.Terms, t => t.Term == "effect");
        var plain = new IndexSearcher(index).Search("effects", SearchOptions.Default).Hits.Single(h => h.Id == "d1");
        Assert.Equal(plain.Score, results.Hits.Single(h => h.Id == "d1").Score, 1e-4);
    }

    [Fact]
    public void Lucene_compatible_mode_ignores_synonyms()
    {
        Assert.Empty(new IndexSearcher(Index).Search("acetaminophen", SearchOptions.LuceneCompatible).Hits);
    }
}
