namespace FaqBot.Answers.Composition;

/// <summary>Diagnostics behind an answer (for <c>ask --explain</c> and debug logs).</summary>
public sealed record AnswerExplanation
{
    public required string IndexVersion { get; init; }
    public required string Query { get; init; }
    public IReadOnlyList<string> AnalyzedTerms { get; init; } = [];
    public IReadOnlyList<string> Notes { get; init; } = [];
    public IReadOnlyList<ExplainedHit> Hits { get; init; } = [];
}

/// <summary>One scored passage and the terms and fields that matched it.</summary>
public sealed record ExplainedHit(string PassageId, double Score, IReadOnlyList<string> Matches)
{
    /// <summary>The search engine's own score, before coverage re-weighting.</summary>
    public double SearchScore { get; init; }

    /// <summary>Share (0..1) of the question's distinctive words the passage matches, weighted by rarity.</summary>
    public double Coverage { get; init; }
}
