using FaqBot.Answers.Context;
using FaqBot.Answers.Intents;

namespace FaqBot.Answers.Tests.Context;

public sealed class FollowUpInterpreterTests
{
    private readonly FollowUpInterpreter _interpreter = new();

    [Theory]
    [InlineData("what about side effects?", "baclofen side effects")]
    [InlineData("And what about withdrawal?", "baclofen withdrawal")]
    [InlineData("is it safe in pregnancy?", "is baclofen safe in pregnancy")]
    [InlineData("what is it used for?", "what is baclofen used for")]
    public void Reads_a_follow_up_in_the_light_of_the_previous_topic(string text, string expected)
    {
        var interpretation = _interpreter.Interpret(text, "baclofen", hasOwnTopic: false);

        Assert.Equal(expected, interpretation.Query);
        Assert.Equal(expected, interpretation.InterpretedAs);
    }

    [Fact]
    public void Leaves_a_question_with_its_own_topic_alone()
    {
        var interpretation = _interpreter.Interpret("what about baclofen and anxiety?", "baclofen", hasOwnTopic: true);

        Assert.Equal("what about baclofen and anxiety?", interpretation.Query);
        Assert.Null(interpretation.InterpretedAs);
    }

    [Theory]
    [InlineData("Who won the last football World Cup?")]
    [InlineData("what is spasticity")]
    [InlineData("side effects")]
    public void Leaves_a_question_that_is_not_a_follow_up_alone(string text) =>
        Assert.Null(_interpreter.Interpret(text, "baclofen", hasOwnTopic: false).InterpretedAs);

    [Fact]
    public void Needs_a_previous_topic() =>
        Assert.Null(_interpreter.Interpret("what about side effects?", null, hasOwnTopic: false).InterpretedAs);

    [Theory]
    [InlineData("tell me more", true)]
    [InlineData("Tell me more!", true)]
    [InlineData("more please", true)]
    [InlineData("what else?", true)]
    [InlineData("tell me more about anxiety", false)]
    public void Recognises_tell_me_more(string text, bool expected) =>
        Assert.Equal(expected, _interpreter.IsTellMeMore(NormalizedMessage.From(text)));
}
