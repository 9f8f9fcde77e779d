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
internal sealed class TitleCoverageScorer
{
    private readonly FieldIndex title;
    private readonly (int TermId, float Idf)[] terms;

    public TitleCoverageScorer(ParsedQuery query, FieldIndex title, int maxDoc)
    {
        this.title = title;
        terms = query.Groups
            .SelectMany(g => g)
            .Select(c => title.TermId(c.Term))
            .Where(id => id >= 0)
            .Distinct()
            .Select(id => (id, Bm25Similarity.Idf(title.DocFreq(id), maxDoc)))
            .ToArray();
    }

    public double Score(int doc)
    {
        int length = title.Lengths[doc];
        if (length == 0 || terms.Length == 0)
        {
            return 0;
        }

        int matched = 0;
        double idfSum = 0;
        foreach (var (termId, idf) in terms)
        {
            int posting = title.FindPosting(termId, doc);
            if (posting >= 0)
            {
                matched += title.PositionStart[posting + 1] - title.PositionStart[posting];
                idfSum += idf;
            }
        }

        double coverage = Math.Min(1.0, matched / (double)length);
        return idfSum * coverage * coverage;
    }
}
