namespace FaqBot.Search.Indexing;

/// <summary>
/// The inverted index of one field, in flat arrays: for term t, postings <c>[TermStart[t], TermStart[t+1])</c>
/// index <see cref="DocIds"/> (ascending); for posting p, its positions are
/// <c>Positions[PositionStart[p] .. PositionStart[p+1])</c>, so the term frequency is the difference.
/// Flat arrays keep the scoring loop free of pointer chasing and the heap free of millions of small objects.
/// </summary>
internal sealed class FieldIndex
{
    private readonly Dictionary<string, int> termIds;
    private CachedNorms? normCache;

    public FieldIndex(
        string name,
        Dictionary<string, int> termIds,
        string[] terms,
        int[] termStart,
        int[] docIds,
        int[] positionStart,
        int[] positions,
        byte[] norms,
        int[] lengths,
        long sumTotalTermFreq)
    {
        Name = name;
        this.termIds = termIds;
        Terms = terms;
        TermStart = termStart;
        DocIds = docIds;
        PositionStart = positionStart;
        Positions = positions;
        Norms = norms;
        Lengths = lengths;
        SumTotalTermFreq = sumTotalTermFreq;
    }

    public string Name { get; }

    /// <summary>Terms by term id (ids are assigned in order of first occurrence).</summary>
    public string[] Terms { get; }

    public int[] TermStart { get; }

    public int[] DocIds { get; }

    public int[] PositionStart { get; }

    public int[] Positions { get; }

    /// <summary>One-byte length norm per document (see <see cref="Scoring.LengthNorm"/>).</summary>
    public byte[] Norms { get; }

    /// <summary>Exact token count per document (the norm is lossy; coverage features need the real count).</summary>
    public int[] Lengths { get; }

    /// <summary>Total number of tokens in this field over all documents (Lucene's sumTotalTermFreq).</summary>
    public long SumTotalTermFreq { get; }

    public int TermCount => Terms.Length;

    /// <summary>
    /// BM25's per-norm denominators for (k1, b), cached because options rarely change between queries.
    /// One immutable tuple swapped by reference, so concurrent readers never see a torn entry.
    /// </summary>
    public float[] NormCache(float k1, float b)
    {
        var cached = normCache;
        if (cached is not null && cached.K1 == k1 && cached.B == b)
        {
            return cached.Values;
        }

        float average = Scoring.Bm25Similarity.AverageFieldLength(SumTotalTermFreq, Norms.Length);
        var fresh = new CachedNorms(k1, b, Scoring.Bm25Similarity.NormCache(k1, b, average));
        normCache = fresh;
        return fresh.Values;
    }

    public int TermId(string term) => termIds.TryGetValue(term, out int id) ? id : -1;

    public int DocFreq(int termId) => TermStart[termId + 1] - TermStart[termId];

    /// <summary>Finds the posting of <paramref name="termId"/> in <paramref name="docId"/>, or -1.</summary>
    public int FindPosting(int termId, int docId)
    {
        int index = Array.BinarySearch(DocIds, TermStart[termId], DocFreq(termId), docId);
        return index >= 0 ? index : -1;
    }

    public long EstimatedBytes()
    {
        long bytes = (TermStart.Length + DocIds.Length + PositionStart.Length + Positions.Length) * 4L + Norms.Length + (Lengths.Length * 4L);
        foreach (string term in Terms)
        {
            bytes += 24 + (term.Length * 2L);
        }

        // Dictionary entries: bucket int + entry (hash, next, key ref, value) per term, plus the terms array.
        bytes += Terms.Length * (4L + 24L + 8L);
        return bytes;
    }

    private sealed record CachedNorms(float K1, float B, float[] Values);
}
