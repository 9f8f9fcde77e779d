namespace FaqBot.Search.Analysis;

/// <summary>
/// The mutable characters of the token being filtered (Lucene's CharTermAttribute). Filters edit it in place, so
/// the chain allocates one string per distinct term instead of one per filter per token.
/// </summary>
public sealed class TermBuffer
{
    private char[] chars;

    /// <summary>Creates a buffer holding <paramref name="initial"/>.</summary>
    /// <param name="initial">The starting characters.</param>
    public TermBuffer(ReadOnlySpan<char> initial = default)
    {
        chars = new char[Math.Max(32, initial.Length)];
        Set(initial);
    }

    /// <summary>Number of characters in the term.</summary>
    public int Length { get; private set; }

    /// <summary>The term's characters, writable in place.</summary>
    public Span<char> Chars => chars.AsSpan(0, Length);

    /// <summary>Replaces the term with <paramref name="text"/>.</summary>
    /// <param name="text">The new characters.</param>
    public void Set(ReadOnlySpan<char> text)
    {
        EnsureCapacity(text.Length);
        text.CopyTo(chars);
        Length = text.Length;
    }

    /// <summary>Shortens the term (or lengthens it into space made by <see cref="EnsureCapacity"/>).</summary>
    /// <param name="length">The new length, between 0 and the capacity.</param>
    public void SetLength(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, chars.Length);
        Length = length;
    }

    /// <summary>Grows the storage to hold at least <paramref name="capacity"/> characters, keeping the term.</summary>
    /// <param name="capacity">The characters needed.</param>
    /// <returns>The whole storage, for filters that rewrite the term into a longer one.</returns>
    public Span<char> EnsureCapacity(int capacity)
    {
        if (capacity > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(capacity, chars.Length * 2));
        }

        return chars;
    }

    /// <inheritdoc />
    public override string ToString() => new(Chars);
}
