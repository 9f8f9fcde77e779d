using FaqBot.Search.Querying;

namespace FaqBot.Search.Scoring;

/// <summary>
/// Bonus for documents where different query words occur near each other in the same field.
/// For each pair of distinct words present in a field, the closest pair of positions at distance
/// d ≤ window adds <c>min(idf₁, idf₂) / d</c>, times the field boost; the sum is scaled by
/// <see cref="SearchOptions.ProximityWeight"/>. The rarer word's idf keeps "of the" style pairs of
/// common words from outweighing a rare pair, and 1/d rewards adjacency most.
/// </summary>
internal sealed class ProximityScorer
{
    private readonly (string Term, int Word)[] clauses;
    private readonly int wordCount;
    private readonly int window;
    private readonly int maxDoc;

    public ProximityScorer(ParsedQuery query, int maxDoc, int window)
    {
        this.maxDoc = maxDoc;
        this.window = window;

        // Words are identified by their exact term, so a word typed twice is not "near itself".
        var wordOfTerm = new Dictionary<string, int>(StringComparer.Ordinal);
        var byWord = new Dictionary<int, int>();
        var list = new List<(string, int)>();
        foreach (var group in query.Groups)
        {
            foreach (var clause in group)
            {
                if (clause.Word < 0)
                {
                    continue;
                }

                if (!byWord.TryGetValue(clause.Word, out int word))
                {
                    string key = clause.Kind == MatchKind.Exact ? clause.Term : "\u0000" + clause.Word;
                    if (!wordOfTerm.TryGetValue(key, out word))
                    {
                        word = wordOfTerm.Count;
                        wordOfTerm[key] = word;
                    }

                    byWord[clause.Word] = word;
                }

                list.Add((clause.Term, word));
            }
        }

        clauses = [.. list.Distinct()];
        wordCount = wordOfTerm.Count;
    }

    public bool IsUseful => wordCount >= 2 && window > 0;

    public double Score(int doc, SearchField[] fields)
    {
        double total = 0;
        var positions = new List<int>[wordCount];
        var idf = new float[wordCount];
        foreach (var field in fields)
        {
            for (int w = 0; w < wordCount; w++)
            {
                positions[w]?.Clear();
                idf[w] = 0;
            }

            foreach (var (term, word) in clauses)
            {
                int termId = field.Index.TermId(term);
                int posting = termId < 0 ? -1 : field.Index.FindPosting(termId, doc);
                if (posting < 0)
                {
                    continue;
                }

                var list = positions[word] ??= [];
                for (int p = field.Index.PositionStart[posting]; p < field.Index.PositionStart[posting + 1]; p++)
                {
                    list.Add(field.Index.Positions[p]);
                }

                idf[word] = Math.Max(idf[word], Bm25Similarity.Idf(field.Index.DocFreq(termId), maxDoc));
            }

            double fieldBonus = 0;
            for (int a = 0; a < wordCount; a++)
            {
                for (int b = a + 1; b < wordCount; b++)
                {
                    if (positions[a] is not { Count: > 0 } first || positions[b] is not { Count: > 0 } second)
                    {
                        continue;
                    }

                    int distance = MinimumDistance(first, second);
                    if (distance > 0 && distance <= window)
                    {
                        fieldBonus += Math.Min(idf[a], idf[b]) / distance;
                    }
                }
            }

            total += fieldBonus * field.Boost;
        }

        return total;
    }

    private static int MinimumDistance(List<int> first, List<int> second)
    {
        first.Sort();
        second.Sort();
        int best = int.MaxValue;
        int i = 0;
        int j = 0;
        while (i < first.Count && j < second.Count)
        {
            int difference = first[i] - second[j];
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
