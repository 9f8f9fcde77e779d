using FaqBot.Answers.Composition;

namespace FaqBot.Answers.Tests;

public sealed class AnswerEngineTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private Answer Ask(string text, string? conversation = null, string? locale = null) =>
        fixture.Engine.Answer(new UserQuestion(text, conversation ?? Guid.NewGuid().ToString("N"), locale));

    [Fact]
    public void Answers_a_covered_question_with_sourced_excerpts_and_the_disclaimer()
    {
        var answer = Ask("What is the usual dose of baclofen?");

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.InRange(answer.Excerpts.Count, 1, 3);
        var first = answer.Excerpts[0];
        Assert.Equal("Baclofen: Health Benefits & Risks", first.ArticleTitle);
        Assert.Equal("004_f654ca68cf559dd2.txt", first.ArticleOrigin);
        Assert.StartsWith($"/articles/{first.ArticleId}", first.Link, StringComparison.Ordinal);
        Assert.Contains("usual dose of Baclofen is 10-20 mg", first.Text, StringComparison.Ordinal);
        Assert.NotEmpty(first.Highlights);
        Assert.All(first.Highlights, h => Assert.InRange(h.Start + h.Length, 1, first.Text.Length));
        Assert.False(string.IsNullOrWhiteSpace(answer.Disclaimer));
    }

    [Fact]
    public void Shows_both_sides_when_articles_disagree()
    {
        var answer = Ask("baclofen and anxiety");

        var titles = answer.Excerpts.Select(e => e.ArticleTitle).ToList();
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.Contains(titles, t => t.Contains("Help", StringComparison.Ordinal));
        Assert.Contains("Can Baclofen Cause Anxiety?", titles);
    }

    [Theory]
    [InlineData("can baclofen cure cancer?")]
    [InlineData("What are the side effects of metformin?")]
    [InlineData("Who won the last football World Cup?")]
    [InlineData("Is baclofen used to treat diabetes?")]
    public void Never_answers_an_uncovered_question_with_an_excerpt(string text)
    {
        var answer = Ask(text);

        Assert.Empty(answer.Excerpts);
        Assert.Contains(answer.Kind, new[] { AnswerKind.NoAnswer, AnswerKind.LowConfidence });
        Assert.False(string.IsNullOrWhiteSpace(answer.Disclaimer));
    }

    [Fact]
    public void Says_what_the_articles_cover_when_nothing_matches()
    {
        var answer = Ask("can baclofen cure cancer?");

        Assert.Equal(AnswerKind.NoAnswer, answer.Kind);
        Assert.Equal(ReplyTexts.NotCovered, answer.Lead[0]);
        Assert.Contains(answer.Lead, l => l.StartsWith("My articles cover:", StringComparison.Ordinal) && l.Contains("Can Baclofen Cause Anxiety?", StringComparison.Ordinal));
        Assert.NotEmpty(answer.Suggestions);
    }

    [Fact]
    public void Offers_did_you_mean_with_none_of_these_when_unsure()
    {
        var answer = Ask("What is the recommended dose of amoxicillin for a sinus infection?");

        Assert.Equal(AnswerKind.LowConfidence, answer.Kind);
        Assert.Empty(answer.Excerpts);
        Assert.Equal(ReplyTexts.NoneOfThese, answer.Suggestions[^1]);
        Assert.All(answer.Suggestions.SkipLast(1), s => Assert.EndsWith("?", s, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "911", "988")]
    [InlineData("en-GB", "999", "116 123")]
    public void Leads_an_emergency_with_the_numbers_of_the_users_locale(string locale, string emergency, string crisis)
    {
        var overdose = Ask("I think I took too many baclofen pills", locale: locale);
        var selfHarm = Ask("I want to kill myself", locale: locale);

        Assert.Equal(AnswerKind.Emergency, overdose.Kind);
        Assert.Contains(emergency, overdose.Lead[0], StringComparison.Ordinal);
        Assert.Equal(AnswerKind.Emergency, selfHarm.Kind);
        Assert.Contains(selfHarm.Lead, l => l.Contains(crisis, StringComparison.Ordinal));
        Assert.Empty(selfHarm.Excerpts);
        Assert.DoesNotContain(ReplyTexts.NoneOfThese, overdose.Suggestions.Concat(selfHarm.Suggestions));
    }

    [Fact]
    public void Adds_a_safety_note_to_a_general_question_about_an_emergency_topic()
    {
        var answer = Ask("What are the symptoms of a baclofen overdose?");

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Contains("911", answer.Lead[0], StringComparison.Ordinal);
        Assert.Contains(answer.Excerpts, e => e.Text.Contains("Symptoms of overdose may include", StringComparison.Ordinal));
    }

    [Fact]
    public void Gives_no_personal_dosing_advice_but_the_prescriber_line()
    {
        var answer = Ask("I feel drowsy on baclofen. Should I lower my dose?");

        Assert.Equal(AnswerKind.Dosing, answer.Kind);
        Assert.Contains(ReplyTexts.PrescriberLine, answer.Lead);
        Assert.False(string.IsNullOrWhiteSpace(answer.Disclaimer));
        Assert.All(answer.Excerpts, e => Assert.False(string.IsNullOrEmpty(e.ArticleTitle)));
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("thanks!")]
    [InlineData("who are you?")]
    [InlineData("help")]
    [InlineData("")]
    public void Replies_to_small_talk_briefly_with_example_questions(string text)
    {
        var answer = Ask(text);

        Assert.Equal(AnswerKind.ChitChat, answer.Kind);
        Assert.Empty(answer.Excerpts);
        Assert.Null(answer.Disclaimer);
        Assert.NotEmpty(answer.Suggestions);
    }

    [Theory]
    [InlineData("\u0000\u0007\u202Ebaclofen\uFFFF")]
    [InlineData("😀😀😀 baclofen 💊?")]
    [InlineData("((( title:\"baclofen\" AND NOT ~anxiety^2 )))")]
    [InlineData("بكلوفين والقلق")]
    public void Answers_any_input_without_throwing(string text)
    {
        var answer = Ask(text);

        Assert.DoesNotContain(ReplyTexts.Failure, answer.Lead);
    }

    [Fact]
    public void Still_flags_an_emergency_at_the_end_of_a_very_long_message()
    {
        var answer = Ask(string.Concat(Enumerable.Repeat("I have been reading about baclofen and muscle spasms. ", 2_000)) + "Now I can't breathe.");

        Assert.Equal(AnswerKind.Emergency, answer.Kind);
    }

    [Fact]
    public void Welcomes_with_example_questions()
    {
        var welcome = fixture.Engine.Welcome("en-US");

        Assert.Equal(AnswerKind.ChitChat, welcome.Kind);
        Assert.Contains("5 curated health articles", welcome.Lead[0], StringComparison.Ordinal);
        Assert.NotEmpty(welcome.Suggestions);
    }

    [Fact]
    public void Explains_the_query_terms_scores_and_index_version()
    {
        var answer = Ask("Can baclofen cause anxiety?");

        var explanation = answer.Explanation!;
        Assert.Equal(fixture.Engine.Knowledge.Version, explanation.IndexVersion);
        Assert.Contains(explanation.AnalyzedTerms, t => t.StartsWith("anxieti", StringComparison.Ordinal));
        Assert.NotEmpty(explanation.Hits);
        Assert.Contains(explanation.Hits[0].Matches, m => m.Contains(" in ", StringComparison.Ordinal));
        Assert.Contains(explanation.Notes, n => n.StartsWith("best coverage", StringComparison.Ordinal));
    }

    [Fact]
    public void Answers_many_conversations_at_once()
    {
        string[] questions = ["What is spasticity?", "what about side effects?", "tell me more", "I can't breathe", "hello", "can baclofen cure cancer?"];
        var answers = new System.Collections.Concurrent.ConcurrentBag<Answer>();

        Parallel.For(0, 300, i => answers.Add(Ask(questions[i % questions.Length], $"parallel-{i % 25}")));

        Assert.Equal(300, answers.Count);
        Assert.DoesNotContain(answers, a => a.Lead.Contains(ReplyTexts.Failure));
    }

    [Fact]
    public void Ranks_passages_beyond_the_three_excerpts()
    {
        var ranked = fixture.Engine.Rank("baclofen side effects", 10);

        Assert.Equal(10, ranked.Count);
        Assert.True(ranked.Zip(ranked.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }
}
