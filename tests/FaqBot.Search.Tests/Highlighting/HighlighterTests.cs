using FaqBot.Search.Analysis;
using FaqBot.Search.Highlighting;

namespace FaqBot.Search.Tests.Highlighting;

public sealed class HighlighterTests
{
    private const string Article =
        "Baclofen is a muscle relaxant. It is used to treat spasticity. " +
        "Some people report anxiety when they stop taking baclofen suddenly. " +
        "Always talk to your doctor before changing a dose.";

    private static readonly Highlighter Highlighter = new(new EnglishAnalyzer());

    [Fact]
    public void Picks_the_sentence_with_the_most_distinct_query_terms()
    {
        var fragment = Assert.Single(Highlighter.GetBestFragments(Article, ["baclofen", "anxieti"], new HighlightOptions { MaxLength = 80 }));

        Assert.Equal("Some people report anxiety when they stop taking baclofen suddenly.", Text(Article, fragment));
        Assert.Equal(2, fragment.DistinctTerms);
        Assert.Equal(["anxiety", "baclofen"], fragment.Highlights.Select(h => Article.Substring(h.Start, h.Length)));
    }

    [Fact]
    public void Joins_whole_sentences_up_to_the_length_limit()
    {
        var fragment = Highlighter.GetBestFragments(Article, ["baclofen", "spastic"], new HighlightOptions { MaxLength = 70 })[0];

        Assert.Equal("Baclofen is a muscle relaxant. It is used to treat spasticity.", Text(Article, fragment));
        Assert.Equal(2, fragment.DistinctTerms);
    }

    [Fact]
    public void Returns_non_overlapping_fragments_best_first()
    {
        var fragments = Highlighter.GetBestFragments(Article, ["baclofen", "anxieti", "doctor"], new HighlightOptions { MaxLength = 70, MaxFragments = 3 });

        Assert.True(fragments.Count >= 2);
        Assert.Equal(2, fragments[0].DistinctTerms);
        for (int i = 1; i < fragments.Count; i++)
        {
            Assert.True(fragments[i].Score <= fragments[i - 1].Score);
            Assert.All(fragments.Take(i), earlier =>
                Assert.True(fragments[i].Start >= earlier.Start + earlier.Length || fragments[i].Start + fragments[i].Length <= earlier.Start));
        }
    }

    [Fact]
    public void Cuts_an_overlong_sentence_at_word_boundaries()
    {
        string text = "The drug " + string.Join(' ', Enumerable.Repeat("relaxes muscles", 40)) + " and may cause drowsiness in older adults";

        var fragment = Highlighter.GetBestFragments(text, ["drowsi"], new HighlightOptions { MaxLength = 60 })[0];

        Assert.True(fragment.Length <= 60);
        Assert.Contains("drowsiness", Text(text, fragment));
        Assert.True(fragment.Start == 0 || text[fragment.Start - 1] == ' ');
        int end = fragment.Start + fragment.Length;
        Assert.True(end == text.Length || text[end] == ' ');
    }

    [Fact]
    public void Without_a_match_returns_the_leading_sentences()
    {
        var fragment = Assert.Single(Highlighter.GetBestFragments(Article, ["insulin"], new HighlightOptions { MaxLength = 40 }));

        Assert.Equal(0, fragment.DistinctTerms);
        Assert.Empty(fragment.Highlights);
        Assert.Equal("Baclofen is a muscle relaxant.", Text(Article, fragment));
    }

    [Fact]
    public void Does_not_end_sentences_at_abbreviations_or_initials()
    {
        const string text = "Ask Dr. Smith about e.g. baclofen doses. J. Doe wrote the guide.";

        var fragment = Highlighter.GetBestFragments(text, ["baclofen"], new HighlightOptions { MaxLength = 45 })[0];

        Assert.Equal("Ask Dr. Smith about e.g. baclofen doses.", Text(text, fragment));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Blank_text_has_no_fragments(string text)
    {
        Assert.Empty(Highlighter.GetBestFragments(text, ["baclofen"], new HighlightOptions()));
    }

    private static string Text(string text, Fragment fragment) => text.Substring(fragment.Start, fragment.Length);
}
