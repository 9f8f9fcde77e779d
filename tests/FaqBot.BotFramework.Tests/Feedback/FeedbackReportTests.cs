using System.Globalization;
using FaqBot.Answers.Composition;
using FaqBot.Answers.Feedback;

namespace FaqBot.BotFramework.Tests.Feedback;

/// <summary>The content-gap report printed by <c>faqbot report</c>.</summary>
public sealed class FeedbackReportTests
{
    private static readonly DateTimeOffset Day = DateTimeOffset.Parse("2026-11-21T10:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public void Unanswered_questions_are_grouped_case_and_punctuation_insensitively_most_frequent_first()
    {
        UnansweredRecord Q(string text, int minutes) => new() { Time = Day.AddMinutes(minutes), Question = text, Kind = AnswerKind.NoAnswer };

        var report = FeedbackReport.Build([], [Q("Can cats take baclofen?", 1), Q("can cats  take baclofen", 2), Q("what is zinc", 3), Q("CAN CATS TAKE BACLOFEN!", 4)], top: 10);

        Assert.Equal(2, report.TopUnanswered.Count);
        Assert.Equal(("Can cats take baclofen?", 3, Day.AddMinutes(4)), (report.TopUnanswered[0].Question, report.TopUnanswered[0].Count, report.TopUnanswered[0].LastAsked));
        Assert.Equal("what is zinc", report.TopUnanswered[1].Question);
        Assert.Equal(4, report.TotalUnanswered);
    }

    [Fact]
    public void Top_limits_the_unanswered_list()
    {
        var questions = Enumerable.Range(0, 20).Select(i => new UnansweredRecord { Time = Day, Question = "q" + i, Kind = AnswerKind.LowConfidence });

        Assert.Equal(5, FeedbackReport.Build([], questions, top: 5).TopUnanswered.Count);
    }

    [Fact]
    public void Ratings_are_counted_once_per_article_per_rating()
    {
        FeedbackRecord R(FeedbackRating rating, params string[] articles) => new()
        {
            Time = Day,
            Rating = rating,
            Sources = articles.Select(a => new FeedbackSource(a, "s")).ToList(),
        };

        var report = FeedbackReport.Build(
            [R(FeedbackRating.Helpful, "a", "b"), R(FeedbackRating.Unhelpful, "b", "b"), R(FeedbackRating.Helpful, "a"), R(FeedbackRating.Unhelpful, "c")],
            []);

        Assert.Equal(
            [new ArticleFeedback("b", 1, 1), new ArticleFeedback("c", 0, 1), new ArticleFeedback("a", 2, 0)],
            report.Articles);
        Assert.Equal(4, report.TotalFeedback);
    }

    [Fact]
    public async Task Load_reads_both_logs_and_write_to_prints_them()
    {
        var directory = Directory.CreateTempSubdirectory("faqbot-report-").FullName;
        try
        {
            var options = new FeedbackOptions { Path = Path.Combine(directory, "f.jsonl"), UnansweredPath = Path.Combine(directory, "u.jsonl") };
            var wrapped = Microsoft.Extensions.Options.Options.Create(options);
            await new FeedbackLog(wrapped).AppendAsync(new FeedbackRecord { Time = Day, Rating = FeedbackRating.Helpful, Sources = [new FeedbackSource("GARD/x", "")] });
            await new UnansweredLog(wrapped).AppendAsync(new UnansweredRecord { Time = Day, Question = "what is zinc", Kind = AnswerKind.NoAnswer });
            await File.AppendAllTextAsync(options.UnansweredPath, "{\"torn");

            var report = FeedbackReport.Load(options);
            using var text = new StringWriter();
            report.WriteTo(text);

            Assert.Equal(1, report.SkippedLines);
            var printed = text.ToString();
            Assert.Contains("    1  what is zinc  (last 2026-11-21)", printed, StringComparison.Ordinal);
            Assert.Contains("    1 helpful      0 unhelpful  GARD/x", printed, StringComparison.Ordinal);
            Assert.Contains("1 incomplete or malformed log lines skipped", printed, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Empty_logs_print_none()
    {
        using var text = new StringWriter();

        FeedbackReport.Build([], []).WriteTo(text);

        Assert.Equal(2, text.ToString().Split("(none)").Length - 1);
    }
}
