namespace FaqBot.Search.Analysis;

/// <summary>
/// Replaces Latin letters with diacritics, ligatures and similar characters by their ASCII equivalents
/// ("café" → "cafe", "Straße" → "Strasse", "ﬁle" → "file"), like Lucene's ASCIIFoldingFilter, so a user who types
/// without accents finds accented words. ASCII terms pass through untouched.
/// </summary>
public sealed class AsciiFoldingFilter : TokenFilter
{
    /// <inheritdoc />
    public override bool Apply(TermBuffer term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var chars = term.Chars;
        var firstFolded = -1;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] >= 0x80 && AsciiFoldingTable.Foldings.ContainsKey(chars[i]))
            {
                firstFolded = i;
                break;
            }
        }

        if (firstFolded >= 0)
        {
            Fold(term, firstFolded);
        }

        return true;
    }

    // Rare path: a replacement may be longer than its character (ß → ss), so build the result in a scratch copy.
    private static void Fold(TermBuffer term, int from)
    {
        var source = term.Chars[from..].ToArray();
        var length = from;
        foreach (var c in source)
        {
            var replacement = c >= 0x80 && AsciiFoldingTable.Foldings.TryGetValue(c, out var ascii) ? ascii : null;
            var needed = length + (replacement?.Length ?? 1);
            var storage = term.EnsureCapacity(needed);
            if (replacement is null)
            {
                storage[length] = c;
            }
            else
            {
                replacement.CopyTo(storage[length..]);
            }

            length = needed;
        }

        term.SetLength(length);
    }
}
