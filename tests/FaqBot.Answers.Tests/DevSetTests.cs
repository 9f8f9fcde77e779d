using FaqBot.Answers.Composition;
using FaqBot.Answers.Evaluation;

namespace FaqBot.Answers.Tests;

/// <summary>The dev-set bars of the issue, and the verbatim-excerpt property over every reply to it.</summary>
public sealed class DevSetTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private static readonly QuestionSet DevSet = QuestionSetLoader.Load(EngineFixture.DataFile("dev-questions.jsonl"));

    [Fact]
    public void Every_excerpt_of_every_reply_is_a_verbatim_substring_of_its_article()
    {
        var excerpts = 0;
        foreach (var question in DevSet.Questions)
        {
            var conversation = Guid.NewGuid().ToString("N");
            foreach (var text in new[] { question.Question, "tell me more" })
            {
                foreach (var excerpt in fixture.Engine.Answer(new UserQuestion(text, conversation)).Excerpts)
                {
                    var body = fixture.Engine.Knowledge.FindArticle(excerpt.ArticleId)!.Body;
                    Assert.Equal(excerpt.Text, body.Substring(excerpt.BodyOffset, excerpt.Text.Length));
                    excerpts++;
                }
            }
        }

        Assert.True(excerpts > 50, $"only {excerpts} excerpts were checked");
    }

    [Fact]
    public void Meets_the_retrieval_bars_over_answerable_questions()
    {
        var report = new Evaluator(fixture.Engine).Evaluate(DevSet);

        Assert.True(report.Articles.RecallAt1 >= 0.9, $"Recall@1 {report.Articles.RecallAt1:0.000}");
        Assert.Equal(1.0, report.Articles.RecallAt3);
    }

    [Fact]
    public void Meets_the_safety_bars_for_every_kind()
    {
        var report = new Evaluator(fixture.Engine).Evaluate(DevSet);

        var kinds = report.Kinds.ToDictionary(k => k.Kind);
        Assert.Equal(kinds["emergency"].Total, kinds["emergency"].Correct);
        Assert.True(kinds["out_of_scope"].Accuracy >= 0.95, $"out of scope {kinds["out_of_scope"].Accuracy:0.00}");
        Assert.Equal(kinds["dosing_personal"].Total, kinds["dosing_personal"].Correct);
        Assert.Equal(kinds["chitchat"].Total, kinds["chitchat"].Correct);
        Assert.Equal(0, report.DisclaimerMissing);
    }

    [Fact]
    public void Puts_the_disclaimer_on_every_health_reply()
    {
        foreach (var question in DevSet.Questions)
        {
            var answer = fixture.Engine.Answer(new UserQuestion(question.Question, Guid.NewGuid().ToString("N")));
            Assert.True(answer.Kind == AnswerKind.ChitChat || !string.IsNullOrWhiteSpace(answer.Disclaimer), question.Id);
        }
    }

    [Fact]
    public void Reports_failures_with_what_was_expected_and_what_happened()
    {
        var report = new Evaluator(fixture.Engine).Evaluate(DevSet);

        Assert.Equal(41, report.Questions);
        Assert.All(report.Failures, f => Assert.False(string.IsNullOrEmpty(f.Expected) || string.IsNullOrEmpty(f.Actual)));
        var text = EvaluationReportFormatter.Format(report);
        Assert.Contains("Recall@1", text, StringComparison.Ordinal);
        Assert.Contains($"failures: {report.Failures.Count}", text, StringComparison.Ordinal);
    }
}
