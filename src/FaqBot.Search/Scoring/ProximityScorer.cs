using FaqBot.Search.Querying;

namespace FaqBot.Search.Scoring;

/// <summary>
/// Bonus for documents where different query words occur near each other in the same field.
/// For each pair of distinct words present in a field, the closest pair of positions at distance
/// d ≤ window adds <c>min(idf₁, idf₂) / d</c>, times the field boost; the caller scales the sum by
/// <see cref="SearchOptions.ProximityWeight"/>. The rarer word's idf keeps pairs of common words from
/// outweighing a rare pair, and 1/d rewards adjacency most. Term ids and idfs are resolved once per
/// query, so scoring a candidate is only binary searches and merges over position arrays.
/// </summary>
internal sealed class ProximityScorer
{
    private readonly SearchField[] fields;
    private readonly (int TermId, int Word, float Idf)[][] entries;
    private readonly int wordCount;
    private readonly int window;

    public ProximityScorer(ParsedQuery query, SearchField[] fields, int maxDoc, int window)
    {
        this.fields = fields;
        this.window = window;

        // Words are identified by their exact term, so a word typed twice is not "near itself".
        var wordOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var clauses = new List<(string Term, int Word)>();
        foreach (var group in query.Groups)
        {
            foreach (var clause in group)
            {
                if (clause.Word >= 0)
                {
                    string key = query.Analyzed.Terms.Count > 0 && clause.Word < query.WordCount
                        ? query.Analyzed.Terms[clause.Word].Term
                        : clause.Term;
                    if (!wordOfKey.TryGetValue(key, out int word))
                    {
                        word = wordOfKey.Count;
                        wordOfKey[key] = word;
                    }

                    clauses.Add((clause.Term, word));
                }
            }
        }

        wordCount = wordOfKey.Count;
        entries = new (int, int, float)[fields.Length][];
        for (int f = 0; f < fields.Length; f++)
        {
            var index = fields[f].Index;
            entries[f] = clauses
                .Distinct()
                .Select(c => (TermId: index.TermId(c.Term), c.Word))
                .Where(c => c.TermId >= 0)
                .Select(c => (c.TermId, c.Word, Bm25Similarity.Idf(index.DocFreq(c.TermId), maxDoc)))
                .ToArray();
        }
    }

    public bool IsUseful => wordCount >= 2 && window > 0;

    public double Score(int doc)
    {
        double total = 0;
        Span<(int Start, int End, int Word, float Idf)> slices = stackalloc (int, int, int, float)[64];
        for (int f = 0; f < fields.Length; f++)
        {
            var index = fields[f].Index;
            int count = 0;
            foreach (var (termId, word, idf) in entries[f])
            {
                int posting = index.FindPosting(termId, doc);
                if (posting >= 0 && count < slices.Length)
                {
                    slices[count++] = (index.PositionStart[posting], index.PositionStart[posting + 1], word, idf);
                }
            }

            if (count < 2)
            {
                continue;
            }

            double fieldBonus = 0;
            for (int a = 0; a < wordCount; a++)
            {
                for (int b = a + 1; b < wordCount; b++)
                {
                    int distance = int.MaxValue;
                    float idfA = 0;
                    float idfB = 0;
                    for (int i = 0; i < count; i++)
                    {
                        if (slices[i].Word != a)
                        {
                            continue;
                        }

                        idfA = Math.Max(idfA, slices[i].Idf);
                        for (int j = 0; j < count; j++)
                        {
                            if (slices[j].Word == b)
                            {
                                idfB = Math.Max(idfB, slices[j].Idf);
                                distance = Math.Min(distance, MinimumDistance(index.Positions, slices[i].Start, slices[i].End, slices[j].Start, slices[j].End));
                            }
                        }
                    }

                    if (distance <= window)
                    {
                        fieldBonus += Math.Min(idfA, idfB) / distance;
                    }
                }
            }

            total += fieldBonus * fields[f].Boost;
        }

        return total;
    }

    /// <summary>Smallest non-zero gap between two ascending position runs of the same array.</summary>
    private static int MinimumDistance(int[] positions, int i, int iEnd, int j, int jEnd)
    {
        int best = int.MaxValue;
        while (i < iEnd && j < jEnd)
        {
            int difference = positions[i] - positions[j];
            if (difference != 0)
            {
                best = Math.Min(best, Math.Abs(difference));
            }

            if (difference < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return best;
    }
}
