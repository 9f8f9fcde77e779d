namespace FaqBot.Search.Scoring;

/// <summary>
/// Dense per-document score sums with a list of the documents touched, so clearing costs only what
/// was used. Sums are doubles and are handed on as floats, which is how Lucene 4.x's disjunction
/// scorers add their sub-scores: this keeps our rounding, and so our ties, identical to Lucene's.
/// A score of exactly 0 marks "untouched"; BM25 contributions are always positive.
/// </summary>
internal sealed class ScoreAccumulator(int size)
{
    private readonly double[] values = new double[size];
    private readonly int[] touched = new int[size];

    public int Size => values.Length;

    public int Count { get; private set; }

    public double this[int doc] => values[doc];

    public int TouchedDoc(int index) => touched[index];

    public void Add(int doc, double value)
    {
        if (values[doc] == 0)
        {
            touched[Count++] = doc;
        }

        values[doc] += value;
    }

    /// <summary>
    /// Adds the BM25 score of every posting in <c>[start, end)</c> of one term: the scoring inner loop,
    /// kept here so the buffers stay in locals.
    /// </summary>
    public void AddPostings(
        int[] docIds, int[] positionStart, byte[] norms, float[] normCache, int start, int end, float weightValue)
    {
        double[] sums = values;
        int[] list = touched;
        int count = Count;
        for (int p = start; p < end; p++)
        {
            int doc = docIds[p];
            float freq = positionStart[p + 1] - positionStart[p];
            float score = Bm25Similarity.Score(weightValue, freq, normCache[norms[doc]]);
            if (sums[doc] == 0)
            {
                list[count++] = doc;
            }

            sums[doc] += score;
        }

        Count = count;
    }

    /// <summary>Adds every sum, rounded to float, to <paramref name="target"/> and clears this accumulator.</summary>
    public void FoldInto(ScoreAccumulator target)
    {
        for (int i = 0; i < Count; i++)
        {
            int doc = touched[i];
            target.Add(doc, (float)values[doc]);
            values[doc] = 0;
        }

        Count = 0;
    }

    public void Clear()
    {
        for (int i = 0; i < Count; i++)
        {
            values[touched[i]] = 0;
        }

        Count = 0;
    }
}
