using FaqBot.Answers.Composition;
using FaqBot.Answers.Safety;

namespace FaqBot.Answers.Tests.Safety;

public sealed class EmergencyReplyTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private Answer Ask(string text) => fixture.Engine.Answer(new UserQuestion(text, Guid.NewGuid().ToString("N"), null));

    [Theory]
    [InlineData("I took too many pills and cant breath")]
    [InlineData("I took too many pills and can't breathe")]
    [InlineData("someone took too many pills and is not breathing")]
    [InlineData("overdose cant breathe")]
    [InlineData("I think I took too many baclofen pills")]
    [InlineData("I'm having a seizure after stopping baclofen")]
    [InlineData("my face is swelling after baclofen")]
    [InlineData("my husband passed out after taking baclofen")]
    public void Quotes_only_passages_about_the_emergency_after_the_guidance(string message)
    {
        var answer = Ask(message);

        Assert.Equal(AnswerKind.Emergency, answer.Kind);
        var topics = Enum.GetValues<EmergencyCategory>().SelectMany(EmergencyTopics.For).ToList();
        Assert.All(answer.Excerpts, e => Assert.Contains(topics, t => e.Text.Contains(t, StringComparison.OrdinalIgnoreCase) || e.Section.Contains(t, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(answer.Excerpts, e => e.Text.Contains("trick up its sleeve", StringComparison.Ordinal));
    }

    [Fact]
    public void Quotes_what_the_articles_say_about_the_emergency_when_they_cover_it()
    {
        var answer = Ask("I'm having a seizure after stopping baclofen");

        Assert.Contains(answer.Excerpts, e => e.Text.Contains("seizures", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(EmergencyCategory.Overdose)]
    [InlineData(EmergencyCategory.Breathing)]
    [InlineData(EmergencyCategory.Seizure)]
    [InlineData(EmergencyCategory.Unconscious)]
    [InlineData(EmergencyCategory.AllergicReaction)]
    public void Every_emergency_but_self_harm_names_its_subject_words(EmergencyCategory category)
    {
        Assert.NotEmpty(EmergencyTopics.For(category));
        Assert.Empty(EmergencyTopics.For(EmergencyCategory.SelfHarm));
    }
}
