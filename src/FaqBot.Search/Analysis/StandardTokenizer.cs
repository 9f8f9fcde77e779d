namespace FaqBot.Search.Analysis;

/// <summary>
/// Splits text into words by the Unicode word-break rules (UAX#29) the way Lucene 4.10's StandardTokenizer does:
/// letters and digits of any script; apostrophes, periods and colons inside words ("don't", "U.S.A", "title:coffee");
/// numbers with inner separators ("3.5", "1,000"); underscores joining; each Han ideograph and Hiragana character
/// its own token; Katakana runs and Thai/Lao/Myanmar/Khmer runs kept whole; punctuation, symbols and emoji dropped.
/// A word longer than <see cref="MaxTokenLength"/> is cut into pieces of that length, as Lucene does.
/// Hand-written scanner: one table read per character and no allocation per character.
/// </summary>
public sealed class StandardTokenizer
{
    /// <summary>Lucene's default maximum token length.</summary>
    public const int DefaultMaxTokenLength = 255;

    /// <summary>Creates a tokenizer.</summary>
    /// <param name="maxTokenLength">Longest token in UTF-16 units; longer words are cut.</param>
    public StandardTokenizer(int maxTokenLength = DefaultMaxTokenLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokenLength, 2);
        MaxTokenLength = maxTokenLength;
    }

    /// <summary>Longest token in UTF-16 units.</summary>
    public int MaxTokenLength { get; }

    /// <summary>Tokenizes <paramref name="text"/>; each token's term is the original text of the word.</summary>
    /// <param name="text">Any string.</param>
    /// <returns>The words with consecutive positions and their offsets.</returns>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var cursor = 0;
        while (Next(text, ref cursor, out var start, out var end))
        {
            tokens.Add(new Token(text[start..end], tokens.Count, start, end));
        }

        return tokens;
    }

    /// <summary>Finds the next word at or after <paramref name="cursor"/>, without allocating.</summary>
    /// <param name="text">The text being tokenized.</param>
    /// <param name="cursor">Where to scan from; advanced past the word found.</param>
    /// <param name="start">Offset of the word's first character.</param>
    /// <param name="end">Offset just past the word.</param>
    /// <returns><see langword="false"/> when no word is left.</returns>
    public bool Next(ReadOnlySpan<char> text, ref int cursor, out int start, out int end)
    {
        var i = cursor;
        while (i < text.Length)
        {
            var cls = WordBreakRules.ReadUnit(text, i, inWord: false, out var next);
            switch (cls)
            {
                case WordBreakClass.Han or WordBreakClass.Hiragana:
                    return Emit(text, i, next, ref cursor, out start, out end);
                case WordBreakClass.ComplexContext:
                    var runEnd = next;
                    var runLimit = i + MaxTokenLength;
                    while (runEnd < text.Length && runEnd < runLimit
                        && WordBreakRules.ReadUnit(text, runEnd, inWord: false, out var after)
                            == WordBreakClass.ComplexContext)
                    {
                        runEnd = after;
                    }

                    return Emit(text, i, runEnd, ref cursor, out start, out end);
                case WordBreakClass.ALetter or WordBreakClass.HebrewLetter or WordBreakClass.Numeric
                    or WordBreakClass.Katakana or WordBreakClass.ExtendNumLet:
                    var wordEnd = ScanWord(text, cls, next, i + MaxTokenLength, out var hasCore);
                    if (hasCore)
                    {
                        return Emit(text, i, wordEnd, ref cursor, out start, out end);
                    }

                    // Only connector punctuation ("__"): Lucene's grammar needs a letter, digit or kana.
                    i = wordEnd;
                    break;
                default:
                    i = next;
                    break;
            }
        }

        cursor = text.Length;
        start = end = text.Length;
        return false;
    }

    private bool Emit(ReadOnlySpan<char> text, int from, int to, ref int cursor, out int start, out int end)
    {
        start = from;
        end = to;
        if (to - from > MaxTokenLength)
        {
            // Lucene 4.10's scanner buffer holds MaxTokenLength characters, so it cuts the word there and scans
            // the rest as a new token. Never cut between the halves of a surrogate pair.
            end = from + MaxTokenLength;
            if (char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }
        }

        cursor = end;
        return true;
    }

    // Scans a word after its first unit following UAX#29 rules WB5-WB13b as Lucene's grammar encodes them.
    // Lucene's grammar builds words from units: runs of letters or digits joined by single separators, and the
    // Hebrew units letter+apostrophe and letter+double-quote+letter. "startsUnit" says whether the last letter
    // could begin a unit (not when reached through a separator, as in "a.b"); "unitClosed" says it ends a Hebrew
    // unit, after which only a directly adjacent letter, digit or connector continues the word.
    // Scanning stops at "limit" (start + MaxTokenLength): like Lucene's bounded scanner buffer, the token is the
    // longest match within the limit, and rescanning an unbounded word after every cut would be quadratic.
    private static int ScanWord(ReadOnlySpan<char> text, WordBreakClass first, int pos, int limit, out bool hasCore)
    {
        hasCore = first != WordBreakClass.ExtendNumLet;
        var prev = first;
        var startsUnit = true;
        var unitClosed = false;
        while (pos < text.Length && pos < limit)
        {
            // Fast path for the common case, an ASCII letter or digit continuing a word: no marks can follow it
            // when the next character is ASCII too.
            var c = text[pos];
            if (c < 0x80 && prev != WordBreakClass.Katakana && (pos + 1 == text.Length || text[pos + 1] < 0x80))
            {
                var ascii = WordBreakTable.Of(c);
                if (ascii is WordBreakClass.ALetter or WordBreakClass.Numeric)
                {
                    hasCore = true;
                    prev = ascii;
                    startsUnit = true;
                    unitClosed = false;
                    pos++;
                    continue;
                }
            }

            var cls = WordBreakRules.ReadUnit(text, pos, inWord: true, out var after);
            if (WordBreakRules.Joins(prev, cls))
            {
                if (after > limit)
                {
                    return CutInsideUnit(text, pos, pos, limit, cls != WordBreakClass.ExtendNumLet, ref hasCore);
                }

                hasCore |= cls != WordBreakClass.ExtendNumLet;
                prev = cls;
                startsUnit = true;
                unitClosed = false;
                pos = after;
                continue;
            }

            if (unitClosed)
            {
                break;
            }

            // WB7a: a Hebrew letter keeps a following apostrophe (geresh) even at the end of the word.
            var keepsGeresh = prev == WordBreakClass.HebrewLetter && startsUnit && cls == WordBreakClass.SingleQuote;
            if (WordBreakRules.IsMid(cls) && after < text.Length)
            {
                var beyond = WordBreakRules.ReadUnit(text, after, inWord: true, out var afterBeyond);
                var joins = WordBreakRules.IsMidJoin(prev, startsUnit, cls, beyond);
                if (joins && afterBeyond > limit)
                {
                    // Past the limit a Hebrew apostrophe may still end the word on its own (below).
                    var cut = CutInsideUnit(text, after, pos, limit, unitIsCore: true, ref hasCore);
                    if (cut > pos || !keepsGeresh)
                    {
                        return cut;
                    }
                }
                else if (joins)
                {
                    var hebrewUnit = prev == WordBreakClass.HebrewLetter && startsUnit;
                    unitClosed = cls == WordBreakClass.DoubleQuote;

                    // Hebrew letter + apostrophe is a unit of its own, so the letter after it starts a new one.
                    startsUnit = cls == WordBreakClass.SingleQuote && hebrewUnit;
                    prev = beyond;
                    pos = afterBeyond;
                    continue;
                }
            }

            if (keepsGeresh)
            {
                if (after > limit)
                {
                    return CutInsideUnit(text, pos, pos, limit, unitIsCore: true, ref hasCore);
                }

                unitClosed = true;
                pos = after;
                continue;
            }

            break;
        }

        return pos;
    }

    // The next unit (base character at "baseIndex" plus its marks) would cross the length limit. Lucene returns the
    // longest complete match inside the limit: up to the limit when the base character fits, since every mark
    // after it ends a valid match, otherwise the word before the unit.
    private static int CutInsideUnit(
        ReadOnlySpan<char> text, int baseIndex, int wordEnd, int limit, bool unitIsCore, ref bool hasCore)
    {
        var baseEnd = baseIndex + (char.IsHighSurrogate(text[baseIndex]) && baseIndex + 1 < text.Length
            && char.IsLowSurrogate(text[baseIndex + 1]) ? 2 : 1);
        if (baseEnd > limit)
        {
            return wordEnd;
        }

        hasCore |= unitIsCore;
        return limit;
    }
}
