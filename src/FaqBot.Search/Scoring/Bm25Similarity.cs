namespace FaqBot.Search.Scoring;

/// <summary>
/// Lucene 4.x BM25 (the formula Lucene.Net 4.8 uses), computed in single precision in Lucene's own
/// operation order so scores agree to the last bit:
/// <c>boost · idf · tf·(k1+1) / (tf + k1·(1 − b + b·dl/avgdl))</c>.
/// </summary>
internal static class Bm25Similarity
{
    /// <summary><c>ln(1 + (maxDoc − df + 0.5)/(df + 0.5))</c>; Lucene 4.x uses maxDoc, not the field's doc count.</summary>
    public static float Idf(long docFreq, long maxDoc) =>
        (float)Math.Log(1 + ((maxDoc - docFreq + 0.5d) / (docFreq + 0.5d)));

    /// <summary>Average field length over all documents, including those where the field is empty.</summary>
    public static float AverageFieldLength(long sumTotalTermFreq, long maxDoc) =>
        sumTotalTermFreq <= 0 || maxDoc <= 0 ? 1f : (float)(sumTotalTermFreq / (double)maxDoc);

    /// <summary>
    /// The per-norm-byte denominator term <c>k1·(1 − b + b·dl/avgdl)</c>, precomputed for all 256 norms
    /// so the inner scoring loop is one multiply, one add and one divide.
    /// </summary>
    public static float[] NormCache(float k1, float b, float averageFieldLength)
    {
        var cache = new float[256];
        for (int i = 0; i < cache.Length; i++)
        {
            cache[i] = k1 * ((1 - b) + (b * LengthNorm.DecodeLength((byte)i) / averageFieldLength));
        }

        return cache;
    }

    /// <summary>Score of one term in one document: <paramref name="weightValue"/> is boost·idf·(k1+1).</summary>
    public static float Score(float weightValue, float freq, float normTerm) => weightValue * freq / (freq + normTerm);
}
