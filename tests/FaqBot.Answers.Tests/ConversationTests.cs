using FaqBot.Answers.Composition;

namespace FaqBot.Answers.Tests;

public sealed class ConversationTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private readonly string _conversation = Guid.NewGuid().ToString("N");

    private Answer Ask(string text) => fixture.Engine.Answer(new UserQuestion(text, _conversation));

    [Fact]
    public void Reads_a_follow_up_without_a_topic_in_the_light_of_the_previous_question()
    {
        Ask("What is baclofen?");

        var answer = Ask("what about side effects?");

        Assert.Equal("baclofen side effects", answer.InterpretedAs);
        Assert.Contains("Showing results for: baclofen side effects", answer.Lead);
        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Contains(answer.Excerpts, e => e.Text.Contains("side effects", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Replaces_a_pronoun_with_the_previous_topic()
    {
        Ask("Can baclofen cause anxiety?");

        var answer = Ask("is it safe in pregnancy?");

        Assert.Equal("is baclofen safe in pregnancy", answer.InterpretedAs);
        Assert.Contains(answer.Excerpts, e => e.Text.Contains("pregnancy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tell_me_more_gives_the_next_excerpts_not_yet_shown()
    {
        var first = Ask("What are the most common side effects of baclofen?");
        var more = Ask("tell me more");
        var evenMore = Ask("tell me more");

        Assert.Equal(AnswerKind.Answer, more.Kind);
        Assert.NotEmpty(more.Excerpts);
        var shown = first.Excerpts.Select(e => e.PassageId).ToHashSet();
        Assert.DoesNotContain(more.Excerpts, e => shown.Contains(e.PassageId));
        shown.UnionWith(more.Excerpts.Select(e => e.PassageId));
        Assert.DoesNotContain(evenMore.Excerpts, e => shown.Contains(e.PassageId));
    }

    [Fact]
    public void Tell_me_more_without_a_question_asks_for_one()
    {
        var answer = Ask("tell me more");

        Assert.Equal(ReplyTexts.NothingToContinue, answer.Lead[0]);
        Assert.Empty(answer.Excerpts);
    }

    [Fact]
    public void Conversations_do_not_share_context()
    {
        Ask("What is baclofen?");

        var other = fixture.Engine.Answer(new UserQuestion("what about side effects?", Guid.NewGuid().ToString("N")));

        Assert.Null(other.InterpretedAs);
    }

    [Fact]
    public void Forgets_context_after_the_idle_timeout()
    {
        var time = new ManualTimeProvider();
        using var provider = new FaqBot.Knowledge.KnowledgeBaseProvider(
            Microsoft.Extensions.Options.Options.Create(new FaqBot.Knowledge.KnowledgeOptions { Path = EngineFixture.KnowledgeFolder, Watch = false }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<FaqBot.Knowledge.KnowledgeBaseProvider>.Instance);
        var engine = EngineFixture.CreateEngine(provider, time: time);
        engine.Answer(new UserQuestion("What is baclofen?", "c"));

        time.Advance(TimeSpan.FromHours(1));

        Assert.Null(engine.Answer(new UserQuestion("what about side effects?", "c")).InterpretedAs);
    }

    [Fact]
    public void Tell_me_more_after_a_dosing_question_goes_on_about_doses_with_the_prescriber_line()
    {
        var first = Ask("how much baclofen should I take?");
        Assert.Contains(ReplyTexts.TellMeMore, first.Suggestions);

        var more = Ask("tell me more");

        Assert.Equal(AnswerKind.Dosing, more.Kind);
        Assert.Contains(ReplyTexts.PrescriberLine, more.Lead);
        Assert.NotEmpty(more.Excerpts);
        Assert.Empty(more.Excerpts.Select(e => e.PassageId).Intersect(first.Excerpts.Select(e => e.PassageId)));
        Assert.Contains(more.Excerpts, e => e.Text.Contains("dose", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Offers_no_more_for_a_question_with_no_distinctive_words_and_says_so_when_asked()
    {
        var first = Ask("is baclofen safe?");

        var more = Ask("tell me more");

        Assert.DoesNotContain(ReplyTexts.TellMeMore, first.Suggestions);
        Assert.Equal(AnswerKind.NoAnswer, more.Kind);
        Assert.Equal(ReplyTexts.NothingMore, more.Lead[0]);
    }
}
