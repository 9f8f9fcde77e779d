using FaqBot.Search.Querying;
using FaqBot.Search.Tests.Support;

namespace FaqBot.Search.Tests.Querying;

public sealed class SearchOptionsTests
{
    public static TheoryData<SearchOptions, string> UnusableOptions => new()
    {
        { SearchOptions.Default with { K1 = -1 }, "K1" },
        { SearchOptions.Default with { B = 1.5f }, "B is" },
        { SearchOptions.Default with { SynonymWeight = float.NaN }, "SynonymWeight" },
        { SearchOptions.Default with { TypoPenalty = 5 }, "TypoPenalty" },
        { SearchOptions.Default with { FieldBoosts = new Dictionary<string, float> { ["text"] = -2 } }, "FieldBoosts[text]" },
        { SearchOptions.Default with { FieldBoosts = new Dictionary<string, float>() }, "FieldBoosts" },
        { SearchOptions.Default with { ProximityWindow = 0 }, "ProximityWindow" },
        { SearchOptions.Default with { TypoMinLengthForTwoEdits = 2 }, "TypoMinLengthForTwoEdits" },
    };

    [Fact]
    public void The_built_in_options_are_valid()
    {
        Assert.Empty(SearchOptions.Default.Validate());
        Assert.Empty(SearchOptions.LuceneCompatible.Validate());
    }

    [Theory]
    [MemberData(nameof(UnusableOptions))]
    public void The_searcher_refuses_unusable_options_naming_the_property(SearchOptions options, string property)
    {
        Assert.Contains(options.Validate(), problem => problem.StartsWith(property, StringComparison.Ordinal));

        var error = Assert.Throws<ArgumentException>(() => new IndexSearcher(ParityCorpus.Sample).Search("coffee beans", options));
        Assert.Contains(property, error.Message, StringComparison.Ordinal);
    }
}
