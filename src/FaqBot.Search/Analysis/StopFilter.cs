namespace FaqBot.Search.Analysis;

/// <summary>
/// Removes tokens whose term is in a stop set. The removed token's position stays a gap, as with Lucene's
/// position increments. Place it after lower-casing: the comparison is exact.
/// </summary>
public sealed class StopFilter : TokenFilter
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>Creates the filter.</summary>
    /// <param name="stopWords">The words to remove, compared ordinally.</param>
    public StopFilter(IEnumerable<string> stopWords)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        var set = new HashSet<string>(stopWords, StringComparer.Ordinal);
        lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public override bool Apply(TermBuffer term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return !lookup.Contains(term.Chars);
    }
}
