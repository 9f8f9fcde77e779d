using FaqBot.Answers.Composition;

namespace FaqBot.Answers.Tests.Retrieval;

/// <summary>Questions whose first excerpt once answered something else; each test names what went wrong.</summary>
public sealed class ExcerptRelevanceTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private Answer Ask(string text) => fixture.Engine.Answer(new UserQuestion(text, Guid.NewGuid().ToString("N"), null));

    [Theory]
    [InlineData("is baclofen addictive?")]
    [InlineData("can you get addicted to baclofen")]
    [InlineData("is lioresal addictive")]
    public void A_synonym_phrase_is_not_matched_by_a_word_that_merely_shares_its_stem(string question)
    {
        // "dependence" and "depending" share the stem "depend"; "depending on the individual" says nothing about addiction.
        var answer = Ask(question);

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Contains("risk of dependence", answer.Excerpts[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Excerpts, e => e.Text.Contains("depending on", StringComparison.Ordinal));
    }
}
