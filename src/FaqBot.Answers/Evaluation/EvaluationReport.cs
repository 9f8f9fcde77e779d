namespace FaqBot.Answers.Evaluation;

/// <summary>The result of evaluating one question set; the CLI prints it as text or JSON.</summary>
public sealed record EvaluationReport
{
    /// <summary>The file evaluated.</summary>
    public required string Path { get; init; }

    /// <summary>The file's format.</summary>
    public required QuestionSetFormat Format { get; init; }

    /// <summary>The knowledge index version the figures were measured on.</summary>
    public required string IndexVersion { get; init; }

    /// <summary>All questions in the file.</summary>
    public required int Questions { get; init; }

    /// <summary>Article-level retrieval over answerable questions (dev set: over the excerpts of the reply).</summary>
    public required RankingMetrics Articles { get; init; }

    /// <summary>Dev set: share of answerable questions whose rank-1 excerpt comes from the first (most relevant) expected seed.</summary>
    public double? FirstSeedAtRank1 { get; init; }

    /// <summary>MedQuAD: section-level retrieval (expected article and heading).</summary>
    public RankingMetrics? Sections { get; init; }

    /// <summary>Dev set: share of answerable questions with at least one expected phrase in an excerpt.</summary>
    public double? PhraseHitRate { get; init; }

    /// <summary>Dev set: share of all expected phrases found in the excerpts.</summary>
    public double? PhraseShare { get; init; }

    /// <summary>Dev set: per-kind accuracy.</summary>
    public IReadOnlyList<KindAccuracy> Kinds { get; init; } = [];

    /// <summary>Dev set: replies with health content or a no-answer, and how many lacked the disclaimer.</summary>
    public int HealthReplies { get; init; }

    /// <summary>Dev set: health replies without the disclaimer (should be 0).</summary>
    public int DisclaimerMissing { get; init; }

    /// <summary>Every question not handled as expected.</summary>
    public IReadOnlyList<EvaluationFailure> Failures { get; init; } = [];
}
