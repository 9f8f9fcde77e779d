using FaqBot.Search.Querying;

namespace FaqBot.Search.Scoring;

/// <summary>Lists which query terms matched which fields of one hit, with their weighted BM25 share.</summary>
internal static class MatchExplainer
{
    public static IReadOnlyList<TermMatch> Explain(ParsedQuery query, SearchField[] fields, int doc, int maxDoc, float k1)
    {
        var matches = new List<TermMatch>();
        foreach (var group in query.Groups)
        {
            foreach (var clause in group)
            {
                foreach (var field in fields)
                {
                    int termId = field.Index.TermId(clause.Term);
                    int posting = termId < 0 ? -1 : field.Index.FindPosting(termId, doc);
                    if (posting < 0)
                    {
                        continue;
                    }

                    float freq = field.Index.PositionStart[posting + 1] - field.Index.PositionStart[posting];
                    float weightValue = QueryEvaluator.WeightValue(field, clause, termId, maxDoc, k1);
                    double score = Bm25Similarity.Score(weightValue, freq, field.NormCache[field.Index.Norms[doc]]);
                    int existing = matches.FindIndex(m => m.Term == clause.Term && m.Field == field.Index.Name && m.Kind == clause.Kind);
                    if (existing >= 0)
                    {
                        // A word typed twice counts twice, as in Lucene; report it once with the summed share.
                        matches[existing] = matches[existing] with { Score = matches[existing].Score + score };
                    }
                    else
                    {
                        matches.Add(new TermMatch(clause.Term, field.Index.Name, clause.Kind, score));
                    }
                }
            }
        }

        return matches;
    }
}
