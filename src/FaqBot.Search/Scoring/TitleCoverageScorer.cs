using FaqBot.Search.Indexing;
using FaqBot.Search.Querying;

namespace FaqBot.Search.Scoring;

/// <summary>
/// Bonus for a document whose (short) title field is covered by the query: when someone asks
/// "what causes congenital hypothyroidism", the passages titled "Congenital hypothyroidism" answer it
/// better than passages that merely mention both words. The bonus is
/// <c>Σ idf(matched title terms) · coverage²</c>, coverage being the share of the title's tokens
/// that are query terms, so partial matches count but complete ones dominate.
/// </summary>
internal sealed class TitleCoverageScorer(ParsedQuery query, FieldIndex title, int maxDoc)
{
    private readonly string[] terms = query.Groups.SelectMany(g => g).Select(c => c.Term).Distinct(StringComparer.Ordinal).ToArray();

    public double Score(int doc)
    {
        int length = title.Lengths[doc];
        if (length == 0)
        {
            return 0;
        }

        int matched = 0;
        double idfSum = 0;
        foreach (string term in terms)
        {
            int termId = title.TermId(term);
            int posting = termId < 0 ? -1 : title.FindPosting(termId, doc);
            if (posting >= 0)
            {
                matched += title.PositionStart[posting + 1] - title.PositionStart[posting];
                idfSum += Bm25Similarity.Idf(title.DocFreq(termId), maxDoc);
            }
        }

        double coverage = Math.Min(1.0, matched / (double)length);
        return idfSum * coverage * coverage;
    }
}
