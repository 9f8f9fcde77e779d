namespace FaqBot.Search.Indexing;

/// <summary>
/// Holds the index in use. Readers take <see cref="Current"/> once per search and keep that snapshot;
/// a reload builds a new index and calls <see cref="Swap"/>, so searches never wait and never see a
/// half-built index.
/// </summary>
public sealed class SearchIndexHolder
{
    private SearchIndex current;

    /// <summary>Starts with <paramref name="initial"/> as the current index.</summary>
    public SearchIndexHolder(SearchIndex initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        current = initial;
    }

    /// <summary>The index to search now (a volatile read of one reference).</summary>
    public SearchIndex Current => Volatile.Read(ref current);

    /// <summary>Atomically replaces the current index; searches already running finish on the old one.</summary>
    public void Swap(SearchIndex next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Volatile.Write(ref current, next);
    }
}
