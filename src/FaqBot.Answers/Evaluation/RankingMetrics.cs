namespace FaqBot.Answers.Evaluation;

/// <summary>Rank-based retrieval figures over a set of questions.</summary>
/// <param name="Questions">How many questions were scored.</param>
/// <param name="RecallAt1">Share with a correct item at rank 1.</param>
/// <param name="RecallAt3">Share with a correct item in the top 3.</param>
/// <param name="RecallAt10">Share with a correct item in the top 10.</param>
/// <param name="Mrr">Mean reciprocal rank of the first correct item (0 when none within the cut-off).</param>
/// <param name="Cutoff">The deepest rank looked at (3 for the dev set's excerpts, 10 for MedQuAD).</param>
public sealed record RankingMetrics(int Questions, double RecallAt1, double RecallAt3, double RecallAt10, double Mrr, int Cutoff)
{
    /// <summary>Computes the figures from each question's 1-based rank of the first correct item (null = not found).</summary>
    public static RankingMetrics From(IReadOnlyCollection<int?> ranks, int cutoff)
    {
        if (ranks.Count == 0)
        {
            return new RankingMetrics(0, 0, 0, 0, 0, cutoff);
        }

        var within = ranks.Select(r => r is { } rank && rank <= cutoff ? rank : (int?)null).ToList();
        double Share(int k) => within.Count(r => r <= k) / (double)ranks.Count;
        return new RankingMetrics(
            ranks.Count,
            Share(1),
            Share(3),
            Share(10),
            within.Sum(r => r is { } rank ? 1.0 / rank : 0) / ranks.Count,
            cutoff);
    }
}
