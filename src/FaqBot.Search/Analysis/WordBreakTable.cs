using System.Globalization;

namespace FaqBot.Search.Analysis;

/// <summary>
/// Word-break classes of code points as Unicode 6.3 defines them (the version of Lucene 4.10's StandardTokenizer):
/// the runtime's Unicode data, corrected for what changed since 6.3. The Basic Multilingual Plane is classified once
/// into a 64 KB table so the tokenizer pays one array read per character.
/// </summary>
internal static partial class WordBreakTable
{
    private static readonly WordBreakClass[] Bmp = BuildBmp();

    /// <summary>The class of a UTF-16 unit; <see cref="WordBreakClass.Surrogate"/> for either half of a pair.</summary>
    public static WordBreakClass Of(char c) => Bmp[c];

    /// <summary>The class of any code point.</summary>
    public static WordBreakClass Of(int codePoint) =>
        codePoint <= 0xFFFF ? Bmp[codePoint] : Classify(codePoint);

    private static WordBreakClass[] BuildBmp()
    {
        var table = new WordBreakClass[0x10000];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = c is >= 0xD800 and <= 0xDFFF ? WordBreakClass.Surrogate : Classify(c);
        }

        return table;
    }

    private static WordBreakClass Classify(int cp)
    {
        if (cp < 0x80)
        {
            return ClassifyAscii(cp);
        }

        if (TryClassifyListed(cp, out var listed))
        {
            return listed;
        }

        if (IsAssignedAfterUnicode63(cp))
        {
            return WordBreakClass.Other;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        if (category == UnicodeCategory.OtherNotAssigned)
        {
            return WordBreakClass.Other;
        }

        // Digits first: Thai, Lao and Myanmar digits are Numeric, not part of the complex-context runs.
        if (category == UnicodeCategory.DecimalDigitNumber)
        {
            return WordBreakClass.Numeric;
        }

        if (IsHan(cp))
        {
            return WordBreakClass.Han;
        }

        if (cp is (>= 0x3041 and <= 0x3096) or (>= 0x309D and <= 0x309F) or 0x1B001 or 0x1F200)
        {
            return WordBreakClass.Hiragana;
        }

        if (IsKatakana(cp))
        {
            return WordBreakClass.Katakana;
        }

        // Marks extend whatever precedes them (WB4), even the vowel signs of Thai or Khmer, so test them first;
        // those of the complex-context scripts still start a run when nothing precedes them.
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark)
        {
            return IsComplexContext(cp) ? WordBreakClass.ComplexContextExtend : WordBreakClass.Extend;
        }

        if (IsComplexContext(cp))
        {
            return WordBreakClass.ComplexContext;
        }

        if (cp is (>= 0x05D0 and <= 0x05EA) or (>= 0x05F0 and <= 0x05F2) or 0xFB1D or (>= 0xFB1F and <= 0xFB28)
            or (>= 0xFB2A and <= 0xFB4F))
        {
            return WordBreakClass.HebrewLetter;
        }

        switch (category)
        {
            // ZERO WIDTH SPACE is the one format character UAX#29 leaves as a separator.
            case UnicodeCategory.Format:
                return cp == 0x200B ? WordBreakClass.Other : WordBreakClass.Extend;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber:
                return WordBreakClass.ALetter;
            default:
                // Circled Latin letters are Alphabetic symbols, hence ALetter in UAX#29.
                return cp is >= 0x24B6 and <= 0x24E9 ? WordBreakClass.ALetter : WordBreakClass.Other;
        }
    }

    private static WordBreakClass ClassifyAscii(int c) => c switch
    {
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' => WordBreakClass.ALetter,
        >= '0' and <= '9' => WordBreakClass.Numeric,
        '_' => WordBreakClass.ExtendNumLet,
        '\'' => WordBreakClass.SingleQuote,
        '"' => WordBreakClass.DoubleQuote,
        '.' => WordBreakClass.MidNumLet,
        ':' => WordBreakClass.MidLetter,
        ',' or ';' => WordBreakClass.MidNum,
        _ => WordBreakClass.Other,
    };

    // Word-internal punctuation, and letters whose properties changed after Unicode 6.3.
    private static bool TryClassifyListed(int cp, out WordBreakClass result)
    {
        result = cp switch
        {
            0x00B7 or 0x0387 or 0x05F4 or 0x2027 or 0xFE13 or 0xFE55 or 0xFF1A => WordBreakClass.MidLetter,
            0x2018 or 0x2019 or 0x2024 or 0xFE52 or 0xFF07 or 0xFF0E => WordBreakClass.MidNumLet,
            0x037E or 0x0589 or 0x060C or 0x060D or 0x066C or 0x07F8 or 0x2044 or 0xFE10 or 0xFE14 or 0xFE50
                or 0xFE54 or 0xFF0C or 0xFF1B => WordBreakClass.MidNum,
            0x203F or 0x2040 or 0x2054 or 0xFE33 or 0xFE34 or (>= 0xFE4D and <= 0xFE4F) or 0xFF3F
                => WordBreakClass.ExtendNumLet,
            0x05F3 or 0x1885 or 0x1886 => WordBreakClass.ALetter,
            0x02D7 => WordBreakClass.MidLetter,
            0x1A7F or 0x1CF2 or 0x1CF3 => WordBreakClass.Extend,
            (>= 0x19B0 and <= 0x19C0) or 0x19C8 or 0x19C9 => WordBreakClass.ComplexContextExtend,
            0x066B => WordBreakClass.Numeric,
            0x200C or 0x200D or 0xFF9E or 0xFF9F => WordBreakClass.Extend,
            _ => WordBreakClass.Other,
        };
        return result != WordBreakClass.Other;
    }

    // Script=Han as assigned in Unicode 6.3, less the iteration marks 3005 and 303B that are letters (ALetter).
    private static bool IsHan(int cp) =>
        cp is (>= 0x2E80 and <= 0x2E99) or (>= 0x2E9B and <= 0x2EF3) or (>= 0x2F00 and <= 0x2FD5) or 0x3007
            or (>= 0x3021 and <= 0x3029) or (>= 0x3038 and <= 0x303A) or (>= 0x3400 and <= 0x4DB5)
            or (>= 0x4E00 and <= 0x9FCC) or (>= 0xF900 and <= 0xFA6D) or (>= 0xFA70 and <= 0xFAD9)
            or (>= 0x20000 and <= 0x2A6D6) or (>= 0x2A700 and <= 0x2B734) or (>= 0x2B740 and <= 0x2B81D)
            or (>= 0x2F800 and <= 0x2FA1D);

    private static bool IsKatakana(int cp) =>
        cp is (>= 0x3031 and <= 0x3035) or 0x309B or 0x309C or (>= 0x30A0 and <= 0x30FA) or (>= 0x30FC and <= 0x30FF)
            or (>= 0x31F0 and <= 0x31FF) or (>= 0x32D0 and <= 0x32FE) or (>= 0x3300 and <= 0x3357)
            or (>= 0xFF66 and <= 0xFF9D) or 0x1B000;

    // Line_Break=Complex_Context: Thai, Lao, Myanmar, Khmer, Tai scripts. ICU and Lucene keep runs of them together
    // because their words are not separated by spaces.
    private static bool IsComplexContext(int cp) =>
        cp is (>= 0x0E01 and <= 0x0E3A) or (>= 0x0E40 and <= 0x0E4E) or (>= 0x0E81 and <= 0x0EDF)
            or (>= 0x1000 and <= 0x103F) or (>= 0x1050 and <= 0x109F) or (>= 0x1780 and <= 0x17D3) or 0x17D7
            or 0x17DC or 0x17DD or (>= 0x1950 and <= 0x1974) or (>= 0x1980 and <= 0x19DF)
            or (>= 0x1A20 and <= 0x1AAD) or (>= 0xAA60 and <= 0xAA7F) or (>= 0xAA80 and <= 0xAADF);
}
