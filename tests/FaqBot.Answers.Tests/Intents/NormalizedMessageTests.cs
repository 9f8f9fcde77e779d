using FaqBot.Answers.Intents;

namespace FaqBot.Answers.Tests.Intents;

public sealed class NormalizedMessageTests
{
    [Theory]
    [InlineData("I CAN’T Breathe!!", "i cant breathe")]
    [InlineData("should I take 20mg?", "should i take 20 mg")]
    [InlineData("  spaced\tout\n", "spaced out")]
    [InlineData("Café", "cafe")]
    [InlineData("", "")]
    public void Lower_cases_folds_and_splits_words(string text, string expected) =>
        Assert.Equal(expected, NormalizedMessage.From(text).Text);

    [Fact]
    public void Corrects_misspellings_of_known_words_only()
    {
        var corrector = new TypoCorrector(["seizure", "breathe"]);

        Assert.Equal("seizure", corrector.Correct("siezure"));
        Assert.Equal("breathe", corrector.Correct("breahte"));
        Assert.Equal("sezar", corrector.Correct("sezar"));
        Assert.Equal("size", corrector.Correct("size"));
    }
}
