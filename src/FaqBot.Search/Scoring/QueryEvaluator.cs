using FaqBot.Search.Querying;

namespace FaqBot.Search.Scoring;

/// <summary>
/// Scores a parsed query term-at-a-time into <see cref="SearchScratch.Total"/>, mirroring the structure
/// of Lucene's query tree: term scores (float) are summed per field for a multi-term group, then per
/// group over fields, then over groups; each level sums in double and hands on a float.
/// </summary>
internal static class QueryEvaluator
{
    public static void Evaluate(ParsedQuery query, SearchField[] fields, int maxDoc, float k1, SearchScratch scratch)
    {
        foreach (QueryClause[] group in query.Groups)
        {
            foreach (SearchField field in fields)
            {
                if (group.Length == 1)
                {
                    AddTerm(field, group[0], maxDoc, k1, scratch.Group);
                    continue;
                }

                foreach (QueryClause clause in group)
                {
                    AddTerm(field, clause, maxDoc, k1, scratch.Term);
                }

                scratch.Term.FoldInto(scratch.Group);
            }

            scratch.Group.FoldInto(scratch.Total);
        }
    }

    /// <summary>The BM25 weight of a clause in a field: boost·idf·weight·(k1+1), multiplied in Lucene's order.</summary>
    public static float WeightValue(SearchField field, QueryClause clause, int termId, int maxDoc, float k1)
    {
        float idf = Bm25Similarity.Idf(field.Index.DocFreq(termId), maxDoc);
        float weight = idf * field.Boost;
        if (clause.Weight != 1f)
        {
            weight *= clause.Weight;
        }

        return weight * (k1 + 1);
    }

    private static void AddTerm(SearchField field, QueryClause clause, int maxDoc, float k1, ScoreAccumulator target)
    {
        var index = field.Index;
        int termId = index.TermId(clause.Term);
        if (termId < 0 || clause.Weight <= 0 || !float.IsFinite(clause.Weight))
        {
            return;
        }

        float weightValue = WeightValue(field, clause, termId, maxDoc, k1);
        target.AddPostings(index.DocIds, index.PositionStart, index.Norms, field.NormCache, index.TermStart[termId], index.TermStart[termId + 1], weightValue);
    }
}
