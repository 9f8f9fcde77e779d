using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace FaqBot.Search.Analysis;

/// <summary>
/// ASCII equivalents of Latin letters with diacritics, Latin ligatures and special letters, fullwidth ASCII and
/// typographic apostrophes/dashes, the common part of what Lucene's ASCIIFoldingFilter covers.
/// Built once: decomposable letters come from Unicode canonical decomposition (é = e + U+0301), the rest are listed.
/// </summary>
internal static class AsciiFoldingTable
{
    private static readonly (int First, int Last)[] DecomposedRanges =
    [
        (0x00C0, 0x024F), // Latin-1 Supplement letters, Latin Extended-A and -B
        (0x1E00, 0x1EFF), // Latin Extended Additional (Vietnamese and others)
    ];

    private static readonly (string Chars, string Ascii)[] Listed =
    [
        ("ßẞ", "ss"), ("æǽǣ", "ae"), ("ÆǼǢ", "AE"), ("œ", "oe"), ("Œ", "OE"), ("øǿ", "o"), ("ØǾ", "O"),
        ("đðɖɗ", "d"), ("ĐÐƉƊ", "D"), ("łƚ", "l"), ("ŁȽ", "L"), ("ŀ", "l"), ("Ŀ", "L"), ("þ", "th"), ("Þ", "TH"),
        ("ħ", "h"), ("Ħ", "H"), ("ŧ", "t"), ("Ŧ", "T"), ("ı", "i"), ("ĸ", "q"), ("ŉ", "'n"), ("ſ", "s"),
        ("ĳ", "ij"), ("Ĳ", "IJ"), ("ƀ", "b"), ("Ƀ", "B"), ("ƒ", "f"), ("Ƒ", "F"), ("ŋ", "n"), ("Ŋ", "N"),
        ("ª", "a"), ("º", "o"), ("¹", "1"), ("²", "2"), ("³", "3"), ("ﬀ", "ff"), ("ﬁ", "fi"), ("ﬂ", "fl"),
        ("ﬃ", "ffi"), ("ﬄ", "ffl"), ("ﬅﬆ", "st"), ("\u2018\u2019\u201A\u201B\u2032\uFF07", "'"),
        ("\u201C\u201D\u201E\u2033", "\""), ("\u2010\u2011\u2012\u2013\u2014", "-"), ("\u2024", "."),
    ];

    /// <summary>Non-ASCII characters with an ASCII replacement.</summary>
    public static FrozenDictionary<char, string> Foldings { get; } = Build();

    private static FrozenDictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();
        foreach (var (first, last) in DecomposedRanges)
        {
            for (var c = first; c <= last; c++)
            {
                if (TryDecomposeToAscii((char)c, out var ascii))
                {
                    map[(char)c] = ascii;
                }
            }
        }

        foreach (var (chars, ascii) in Listed)
        {
            foreach (var c in chars)
            {
                map[c] = ascii;
            }
        }

        // Fullwidth forms of printable ASCII (Ａ, ０, ！...) sit at a fixed distance from ASCII.
        for (var c = 0xFF01; c <= 0xFF5E; c++)
        {
            map[(char)c] = ((char)(c - 0xFEE0)).ToString();
        }

        return map.ToFrozenDictionary();
    }

    // A letter whose canonical decomposition is an ASCII letter followed only by combining marks.
    private static bool TryDecomposeToAscii(char c, out string ascii)
    {
        ascii = "";
        string decomposed;
        try
        {
            decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        }
        catch (PlatformNotSupportedException)
        {
            // Globalization-invariant mode has no normalization data; the listed foldings still apply.
            return false;
        }

        if (decomposed.Length < 2 || !char.IsAsciiLetter(decomposed[0]))
        {
            return false;
        }

        for (var i = 1; i < decomposed.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(decomposed[i]) != UnicodeCategory.NonSpacingMark)
            {
                return false;
            }
        }

        ascii = decomposed[..1];
        return true;
    }
}
