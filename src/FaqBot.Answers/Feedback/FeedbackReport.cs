using System.Globalization;
using System.Text;

namespace FaqBot.Answers.Feedback;

/// <summary>
/// What content authors read (<c>faqbot report</c>): the most frequent unanswered questions and the
/// helpful/unhelpful counts per article.
/// </summary>
public sealed record FeedbackReport
{
    /// <summary>Unanswered questions, most frequent first (ties: most recent first).</summary>
    public required IReadOnlyList<UnansweredQuestion> TopUnanswered { get; init; }

    /// <summary>Ratings per article, most unhelpful first so problem articles lead.</summary>
    public required IReadOnlyList<ArticleFeedback> Articles { get; init; }

    public required int TotalFeedback { get; init; }

    public required int TotalUnanswered { get; init; }

    /// <summary>Lines skipped while reading the logs (torn by a crash or hand-edited).</summary>
    public int SkippedLines { get; init; }

    /// <summary>Reads both logs configured by <paramref name="options"/> and builds the report.</summary>
    public static FeedbackReport Load(FeedbackOptions options, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(options);
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        var feedback = new FeedbackLog(wrapped).ReadAll();
        var unanswered = new UnansweredLog(wrapped).ReadAll();
        return Build(feedback.Records, unanswered.Records, top) with
        {
            SkippedLines = feedback.SkippedLines + unanswered.SkippedLines,
        };
    }

    /// <summary>Reads both logs (files or Redis) and builds the report.</summary>
    public static async Task<FeedbackReport> LoadAsync(
        IRecordLog<FeedbackRecord> feedbackLog, IRecordLog<UnansweredRecord> unansweredLog, int top = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedbackLog);
        ArgumentNullException.ThrowIfNull(unansweredLog);
        var feedback = await feedbackLog.ReadAllAsync(cancellationToken);
        var unanswered = await unansweredLog.ReadAllAsync(cancellationToken);
        return Build(feedback.Records, unanswered.Records, top) with
        {
            SkippedLines = feedback.SkippedLines + unanswered.SkippedLines,
        };
    }

    /// <summary>Aggregates records already read.</summary>
    public static FeedbackReport Build(IEnumerable<FeedbackRecord> feedback, IEnumerable<UnansweredRecord> unanswered, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(unanswered);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);

        var questions = unanswered.ToList();
        var topUnanswered = questions
            .GroupBy(r => NormalizeQuestion(r.Question), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .Select(g => new UnansweredQuestion(g.First().Question.Trim(), g.Count(), g.Max(r => r.Time)))
            .OrderByDescending(q => q.Count)
            .ThenByDescending(q => q.LastAsked)
            .Take(top)
            .ToList();

        var ratings = feedback.ToList();
        var articles = ratings
            .SelectMany(r => r.Sources.Select(s => s.ArticleId).Distinct(StringComparer.Ordinal).Select(id => (id, r.Rating)))
            .GroupBy(x => x.id, StringComparer.Ordinal)
            .Select(g => new ArticleFeedback(
                g.Key,
                g.Count(x => x.Rating == FeedbackRating.Helpful),
                g.Count(x => x.Rating == FeedbackRating.Unhelpful)))
            .OrderByDescending(a => a.Unhelpful)
            .ThenByDescending(a => a.Helpful)
            .ThenBy(a => a.ArticleId, StringComparer.Ordinal)
            .ToList();

        return new FeedbackReport
        {
            TopUnanswered = topUnanswered,
            Articles = articles,
            TotalFeedback = ratings.Count,
            TotalUnanswered = questions.Count,
        };
    }

    /// <summary>Writes the report as plain text for a terminal.</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"Unanswered questions ({TotalUnanswered} logged), most frequent first:");
        if (TopUnanswered.Count == 0)
        {
            writer.WriteLine("  (none)");
        }

        foreach (var q in TopUnanswered)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {q.Count,5}  {q.Question}  (last {q.LastAsked:yyyy-MM-dd})"));
        }

        writer.WriteLine();
        writer.WriteLine($"Feedback per article ({TotalFeedback} ratings):");
        if (Articles.Count == 0)
        {
            writer.WriteLine("  (none)");
        }

        foreach (var a in Articles)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {a.Helpful,5} helpful  {a.Unhelpful,5} unhelpful  {a.ArticleId}"));
        }

        if (SkippedLines > 0)
        {
            writer.WriteLine();
            writer.WriteLine($"({SkippedLines} incomplete or malformed log lines skipped)");
        }
    }

    // "What is Baclofen?" and "what is baclofen" are the same gap in the articles.
    private static string NormalizeQuestion(string question)
    {
        var builder = new StringBuilder(question.Length);
        foreach (var word in question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word.ToLowerInvariant());
        }

        return builder.ToString().TrimEnd('?', '!', '.', ' ');
    }
}
