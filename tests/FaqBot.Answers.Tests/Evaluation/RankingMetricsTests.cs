using FaqBot.Answers.Evaluation;

namespace FaqBot.Answers.Tests.Evaluation;

public sealed class RankingMetricsTests
{
    [Fact]
    public void Computes_recall_and_reciprocal_rank_within_the_cutoff()
    {
        var metrics = RankingMetrics.From([1, 2, null, 4, 11], cutoff: 10);

        Assert.Equal(5, metrics.Questions);
        Assert.Equal(0.2, metrics.RecallAt1, 6);
        Assert.Equal(0.4, metrics.RecallAt3, 6);
        Assert.Equal(0.6, metrics.RecallAt10, 6);
        Assert.Equal((1 + 0.5 + 0.25) / 5, metrics.Mrr, 6);
    }

    [Fact]
    public void Is_zero_for_no_questions() => Assert.Equal(0, RankingMetrics.From([], 3).Mrr);
}
