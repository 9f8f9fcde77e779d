namespace FaqBot.Search.Analysis;

/// <summary>
/// The UAX#29 word-break decisions between neighbouring characters, as Lucene 4.10's StandardTokenizer grammar makes
/// them, and the reading of one character with its marks. <see cref="StandardTokenizer"/> composes them into words.
/// </summary>
internal static class WordBreakRules
{
    // WB5, WB8, WB9, WB10, WB13, WB13a, WB13b: characters that join with no separator between them.
    public static bool Joins(WordBreakClass prev, WordBreakClass next) => prev switch
    {
        WordBreakClass.ALetter or WordBreakClass.HebrewLetter or WordBreakClass.Numeric =>
            next is WordBreakClass.ALetter or WordBreakClass.HebrewLetter or WordBreakClass.Numeric
                or WordBreakClass.ExtendNumLet,
        WordBreakClass.Katakana => next is WordBreakClass.Katakana or WordBreakClass.ExtendNumLet,
        WordBreakClass.ExtendNumLet => next is WordBreakClass.ALetter or WordBreakClass.HebrewLetter
            or WordBreakClass.Numeric or WordBreakClass.Katakana or WordBreakClass.ExtendNumLet,
        _ => false,
    };

    // Separators that may join two characters of a word (WB6, WB7, WB7b, WB7c, WB11, WB12).
    public static bool IsMid(WordBreakClass cls) =>
        cls is WordBreakClass.MidLetter or WordBreakClass.MidNum or WordBreakClass.MidNumLet or WordBreakClass.SingleQuote
            or WordBreakClass.DoubleQuote;

    // WB6/WB7 (letters), WB11/WB12 (numbers), WB7b/WB7c (Hebrew double quote): the separator joins only when the
    // same kind of character follows it.
    public static bool IsMidJoin(WordBreakClass prev, bool startsUnit, WordBreakClass mid, WordBreakClass next)
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
    public static WordBreakClass ReadUnit(ReadOnlySpan<char> text, int index, bool inWord, out int next)
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

        // WB4: marks and format characters belong to the character before them. After a separator (punctuation
        // counts as one unless it sits inside a word) a plain mark is a separator too, but a complex-context mark
        // (Thai, Myanmar...) starts a run of its own, as in Lucene.
        var separator = cls is WordBreakClass.Other or WordBreakClass.Extend or WordBreakClass.Surrogate
            || (!inWord && IsMid(cls));
        while (next < text.Length)
        {
            var following = text[next];
            if (following < 0x80)
            {
                break;
            }

            var followingCp = CodePointAt(text, next);
            var followingClass = WordBreakTable.Of(followingCp);
            if (followingClass != WordBreakClass.Extend
                && (followingClass != WordBreakClass.ComplexContextExtend || separator))
            {
                break;
            }

            next += followingCp > 0xFFFF ? 2 : 1;
        }

        return cls switch
        {
            WordBreakClass.Extend => WordBreakClass.Other,
            WordBreakClass.ComplexContextExtend => WordBreakClass.ComplexContext,
            _ => cls,
        };
    }

    public static int CodePointAt(ReadOnlySpan<char> text, int index)
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
