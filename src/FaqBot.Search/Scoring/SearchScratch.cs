namespace FaqBot.Search.Scoring;

/// <summary>
/// Per-thread score buffers. Allocating three index-sized arrays per query would dominate the cost of
/// a short query, and sharing them would need locks; one set per thread needs neither.
/// </summary>
internal sealed class SearchScratch
{
    [ThreadStatic]
    private static SearchScratch? perThread;

    private SearchScratch(int size)
    {
        Term = new ScoreAccumulator(size);
        Group = new ScoreAccumulator(size);
        Total = new ScoreAccumulator(size);
    }

    /// <summary>Sums of a multi-term group within one field.</summary>
    public ScoreAccumulator Term { get; }

    /// <summary>Sums of one query group over all fields.</summary>
    public ScoreAccumulator Group { get; }

    /// <summary>The query's total per document.</summary>
    public ScoreAccumulator Total { get; }

    /// <summary>This thread's buffers, grown to hold <paramref name="documentCount"/> documents; all clear.</summary>
    public static SearchScratch For(int documentCount)
    {
        var scratch = perThread;
        if (scratch is { InUse: true })
        {
            // A re-entrant search on this thread (say, from a filter callback) gets buffers of its own.
            return new SearchScratch(Math.Max(documentCount, 16)) { InUse = true };
        }

        if (scratch is null || scratch.Total.Size < documentCount)
        {
            scratch = new SearchScratch(Math.Max(documentCount, 16));
            perThread = scratch;
        }

        scratch.InUse = true;
        return scratch;
    }

    private bool InUse { get; set; }

    /// <summary>Clears the buffers and gives them back to this thread.</summary>
    public void Release()
    {
        Term.Clear();
        Group.Clear();
        Total.Clear();
        InUse = false;
    }
}
