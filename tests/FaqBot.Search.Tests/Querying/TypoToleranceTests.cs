using FaqBot.Search.Analysis;
using FaqBot.Search.Indexing;
using FaqBot.Search.Querying;
using FaqBot.Search.Tests.Support;

namespace FaqBot.Search.Tests.Querying;

public sealed class TypoToleranceTests
{
    private static readonly SearchIndex Index = TestIndex.OfTexts(
        new EnglishAnalyzer(),
        "Baclofen is a muscle relaxant used for spasticity.",
        "Anxiety disorders are common and treatable.",
        "Some people feel anxious after stopping baclofen suddenly.",
        "A cake recipe with flour and sugar.");

    private static readonly IndexSearcher Searcher = new(Index);

    [Fact]
    public void Finds_baclofen_for_baclofin()
    {
        var results = Searcher.Search("baclofin", SearchOptions.Default);

        Assert.Equal(["d0", "d2"], results.Hits.Select(h => h.Id).Order());
        var typo = Assert.Single(results.Query.Terms, t => t.Kind == MatchKind.Typo);
        Assert.Equal("baclofen", typo.Term);
        Assert.Equal("baclofin", typo.Source);
        Assert.All(results.Hits, h => Assert.Contains(h.Matches, m => m.Term == "baclofen" && m.Kind == MatchKind.Typo));
    }

    [Fact]
    public void Finds_anxiety_for_anxeity_by_an_adjacent_swap()
    {
        var hits = Searcher.Search("anxeity", SearchOptions.Default).Hits;

        Assert.Equal("d1", hits[0].Id);
        Assert.Contains(hits[0].Matches, m => m.Term == "anxieti" && m.Kind == MatchKind.Typo);
    }

    [Fact]
    public void A_correction_scores_below_the_correctly_spelt_word()
    {
        var exact = Searcher.Search("baclofen", SearchOptions.Default).Hits.Single(h => h.Id == "d0");
        var typo = Searcher.Search("baclofin", SearchOptions.Default).Hits.Single(h => h.Id == "d0");

        Assert.True(typo.Score < exact.Score);
        Assert.Equal(exact.Score * SearchOptions.Default.TypoPenalty, typo.Score, 1e-4);
    }

    [Fact]
    public void Allows_two_edits_only_from_eight_letters()
    {
        Assert.NotEmpty(Searcher.Search("bacclofin", SearchOptions.Default).Hits);
        // Two adjacent swaps from "anxiety", but only seven letters.
        Assert.Empty(Searcher.Search("axneity", SearchOptions.Default).Hits);
    }

    [Fact]
    public void Leaves_words_under_five_letters_alone()
    {
        Assert.Empty(Searcher.Search("cace", SearchOptions.Default).Hits);
        Assert.NotEmpty(Searcher.Search("cake", SearchOptions.Default).Hits);
    }

    [Fact]
    public void Does_not_correct_words_the_index_knows_or_when_turned_off()
    {
        var known = Searcher.Search("muscle", SearchOptions.Default);
        Assert.DoesNotContain(known.Query.Terms, t => t.Kind == MatchKind.Typo);

        Assert.Empty(Searcher.Search("baclofin", SearchOptions.Default with { TypoTolerance = false }).Hits);
        Assert.Empty(Searcher.Search("baclofin", SearchOptions.LuceneCompatible).Hits);
    }
}
