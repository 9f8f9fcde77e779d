namespace FaqBot.Answers.Retrieval;

/// <summary>
/// Chooses which ranked passages to quote. Only passages at or above the coverage threshold qualify,
/// so an unrelated passage is never used to pad a reply. After the best passage, passages from
/// articles not yet quoted come first (when they score within a configured share of the best), so
/// articles that disagree ("baclofen may help anxiety" / "baclofen can cause anxiety") appear together.
/// </summary>
public sealed class ExcerptSelector(AnswersOptions options)
{
    /// <summary>Up to <paramref name="max"/> passages not in <paramref name="exclude"/>, best first.</summary>
    public IReadOnlyList<RankedPassage> Select(
        IReadOnlyList<RankedPassage> ranked, int max, double threshold, IReadOnlySet<string>? exclude = null)
    {
        var candidates = ranked
            .Where(r => r.Coverage >= threshold && (exclude is null || !exclude.Contains(r.Passage.Id)))
            .ToList();
        if (candidates.Count == 0 || max <= 0)
        {
            return [];
        }

        var floor = candidates[0].Score * options.DistinctArticleScoreRatio;
        var chosen = new List<RankedPassage> { candidates[0] };
        var articles = new HashSet<string>(StringComparer.Ordinal) { candidates[0].Passage.ArticleId };
        foreach (var candidate in candidates.Skip(1))
        {
            if (chosen.Count < max && candidate.Score >= floor && articles.Add(candidate.Passage.ArticleId))
            {
                chosen.Add(candidate);
            }
        }

        foreach (var candidate in candidates.Skip(1))
        {
            if (chosen.Count < max && candidate.Score >= floor && !chosen.Contains(candidate))
            {
                chosen.Add(candidate);
            }
        }

        return [chosen[0], .. chosen.Skip(1).OrderByDescending(c => c.Score)];
    }
}
