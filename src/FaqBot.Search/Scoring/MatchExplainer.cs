using FaqBot.Search.Querying;

namespace FaqBot.Search.Scoring;

/// <summary>
/// Lists which query terms matched which fields of a hit, with their weighted BM25 share. Term ids
/// and weights are resolved once per query; explaining a hit is then one binary search per entry.
/// </summary>
internal sealed class MatchExplainer
{
    private readonly (QueryClause Clause, SearchField Field, int TermId, float WeightValue)[] entries;

    public MatchExplainer(ParsedQuery query, SearchField[] fields, int maxDoc, float k1)
    {
        var list = new List<(QueryClause, SearchField, int, float)>();
        foreach (var group in query.Groups)
        {
            foreach (var clause in group)
            {
                foreach (var field in fields)
                {
                    int termId = field.Index.TermId(clause.Term);
                    if (termId >= 0 && clause.Weight > 0)
                    {
                        list.Add((clause, field, termId, QueryEvaluator.WeightValue(field, clause, termId, maxDoc, k1)));
                    }
                }
            }
        }

        entries = [.. list];
    }

    public IReadOnlyList<TermMatch> Explain(int doc)
    {
        var matches = new List<TermMatch>();
        foreach (var (clause, field, termId, weightValue) in entries)
        {
            var index = field.Index;
            int posting = index.FindPosting(termId, doc);
            if (posting < 0)
            {
                continue;
            }

            float freq = index.PositionStart[posting + 1] - index.PositionStart[posting];
            double score = Bm25Similarity.Score(weightValue, freq, field.NormCache[index.Norms[doc]]);
            int existing = matches.FindIndex(m => m.Term == clause.Term && m.Field == index.Name && m.Kind == clause.Kind);
            if (existing >= 0)
            {
                // A word typed twice counts twice, as in Lucene; report it once with the summed share.
                matches[existing] = matches[existing] with { Score = matches[existing].Score + score };
            }
            else
            {
                matches.Add(new TermMatch(clause.Term, index.Name, clause.Kind, score));
            }
        }

        return matches;
    }
}
