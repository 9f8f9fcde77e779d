using System.Collections.Concurrent;
using FaqBot.Answers.Composition;

namespace FaqBot.BotFramework.Tests.Infrastructure;

/// <summary>
/// A hand-written answer engine: questions containing "unknown" get NoAnswer, "unsure" LowConfidence,
/// "explode" throws (to exercise the turn's error boundary); everything else gets one excerpt whose
/// highlight covers the first word of the question found in the excerpt.
/// </summary>
public sealed class FakeQuestionAnswerer : IQuestionAnswerer
{
    public const string ExcerptText = "Baclofen is a muscle relaxant. Dosage is set by your prescriber.";
    public const string Disclaimer = "Not medical advice. Ask your doctor.";

    public ConcurrentQueue<UserQuestion> Questions { get; } = new();

    public int Welcomes;

    public Answer Answer(UserQuestion question)
    {
        Questions.Enqueue(question);
        var text = question.Text.ToLowerInvariant();
        if (text.Contains("explode", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The fake engine was told to fail.");
        }

        if (text.Contains("unknown", StringComparison.Ordinal))
        {
            return new Answer
            {
                Kind = AnswerKind.NoAnswer,
                Lead = ["My articles don't cover that. They cover baclofen."],
                Suggestions = ["What is baclofen?"],
            };
        }

        var start = ExcerptText.IndexOf("Baclofen", StringComparison.Ordinal);
        return new Answer
        {
            Kind = text.Contains("unsure", StringComparison.Ordinal) ? AnswerKind.LowConfidence : AnswerKind.Answer,
            Excerpts =
            [
                new Excerpt
                {
                    Text = ExcerptText,
                    Highlights = [new TextSpan(start, "Baclofen".Length)],
                    ArticleId = "GARD/baclofen",
                    ArticleTitle = "Baclofen",
                    ArticleSource = "MedlinePlus",
                    Section = "Uses",
                    Link = "/articles/GARD/baclofen#uses",
                },
            ],
            Disclaimer = Disclaimer,
            Suggestions = ["What are the side effects?", "Can I drink alcohol?"],
        };
    }

    public Answer Welcome(string? locale)
    {
        Interlocked.Increment(ref Welcomes);
        return new Answer
        {
            Kind = AnswerKind.ChitChat,
            Lead = ["Hi! I answer questions from curated health articles."],
            Suggestions = ["What is baclofen?"],
        };
    }
}
