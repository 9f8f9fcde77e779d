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
            var cls = ReadUnit(text, i, out var next);
            switch (cls)
            {
                case WordBreakClass.Han or WordBreakClass.Hiragana:
                    return Emit(text, i, next, ref cursor, out start, out end);
                case WordBreakClass.ComplexContext:
                    var runEnd = next;
                    while (runEnd < text.Length && ReadUnit(text, runEnd, out var after) == WordBreakClass.ComplexContext)
                    {
                        runEnd = after;
                    }

                    return Emit(text, i, runEnd, ref cursor, out start, out end);
                case WordBreakClass.ALetter or WordBreakClass.HebrewLetter or WordBreakClass.Numeric
                    or WordBreakClass.Katakana or WordBreakClass.ExtendNumLet:
                    var wordEnd = ScanWord(text, cls, next, out var hasCore);
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
    private static int ScanWord(ReadOnlySpan<char> text, WordBreakClass first, int pos, out bool hasCore)
    {
        hasCore = first != WordBreakClass.ExtendNumLet;
        var prev = first;
        var startsUnit = true;
        var unitClosed = false;
        while (pos < text.Length)
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

            var cls = ReadUnit(text, pos, out var after);
            if (Joins(prev, cls))
            {
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

            if (IsMid(cls) && after < text.Length)
            {
                var beyond = ReadUnit(text, after, out var afterBeyond);
                if (IsMidJoin(prev, startsUnit, cls, beyond))
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

            // WB7a: a Hebrew letter keeps a following apostrophe (geresh) even at the end of the word.
            if (prev == WordBreakClass.HebrewLetter && startsUnit && cls == WordBreakClass.SingleQuote)
            {
                unitClosed = true;
                pos = after;
                continue;
            }

            break;
        }

        return pos;
    }

    private static bool Joins(WordBreakClass prev, WordBreakClass next) => prev switch
    {
        WordBreakClass.ALetter or WordBreakClass.HebrewLetter or WordBreakClass.Numeric =>
            next is WordBreakClass.ALetter or WordBreakClass.HebrewLetter or WordBreakClass.Numeric
                or WordBreakClass.ExtendNumLet,
        WordBreakClass.Katakana => next is WordBreakClass.Katakana or WordBreakClass.ExtendNumLet,
        WordBreakClass.ExtendNumLet => next is WordBreakClass.ALetter or WordBreakClass.HebrewLetter
            or WordBreakClass.Numeric or WordBreakClass.Katakana or WordBreakClass.ExtendNumLet,
        _ => false,
    };

    private static bool IsMid(WordBreakClass cls) =>
        cls is WordBreakClass.MidLetter or WordBreakClass.MidNum or WordBreakClass.MidNumLet or WordBreakClass.SingleQuote
            or WordBreakClass.DoubleQuote;

    // WB6/WB7 (letters), WB11/WB12 (numbers), WB7b/WB7c (Hebrew double quote): the separator joins only when the
    // same kind of character follows it.
    private static bool IsMidJoin(WordBreakClass prev, bool startsUnit, WordBreakClass mid, WordBreakClass next)
    {
        var letterPrev = prev is WordBreakClass.ALetter or WordBreakClass.HebrewLetter;
        var letterNext = next is WordBreakClass.ALetter or WordBreakClass.HebrewLetter;
        return mid switch
        {
            WordBreakClass.MidLetter => letterPrev && letterNext,
            WordBreakClass.MidNumLet or WordBreakClass.SingleQuote =>
                (letterPrev && letterNext) || (prev == WordBreakClass.Numeric && next == WordBreakClass.Numeric),
            WordBreakClass.MidNum => prev == WordBreakClass.Numeric && next == WordBreakClass.Numeric,
            WordBreakClass.DoubleQuote =>
                prev == WordBreakClass.HebrewLetter && startsUnit && next == WordBreakClass.HebrewLetter,
            _ => false,
        };
    }

    // Reads one character (a surrogate pair counts as one) plus the Extend/Format characters that follow it (WB4),
    // returning the class of the base character and the index after the whole unit.
    private static WordBreakClass ReadUnit(ReadOnlySpan<char> text, int index, out int next)
    {
        var c = text[index];
        WordBreakClass cls;
        if (c < 0x80)
        {
            cls = WordBreakTable.Of(c);
            next = index + 1;
            if (next < text.Length && text[next] < 0x80)
            {
                // ASCII is never followed by an Extend character it could absorb; skip the WB4 scan.
                return cls;
            }
        }
        else
        {
            var cp = CodePointAt(text, index);
            cls = WordBreakTable.Of(cp);
            next = index + (cp > 0xFFFF ? 2 : 1);
        }

        // Line breaks and separators never absorb marks; a mark after a space is a separator on its own anyway.
        while (next < text.Length)
        {
            var following = text[next];
            if (following < 0x80)
            {
                break;
            }

            var followingCp = CodePointAt(text, next);
            if (WordBreakTable.Of(followingCp) != WordBreakClass.Extend)
            {
                break;
            }

            next += followingCp > 0xFFFF ? 2 : 1;
        }

        return cls == WordBreakClass.Extend ? WordBreakClass.Other : cls;
    }

    private static int CodePointAt(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        // A lone surrogate is not a character; the table classifies it as Surrogate, which never joins a word.
        return c;
    }
}
