using System.Text;

namespace FaqBot.Search.Analysis;

/// <summary>Lower-cases every character with the invariant culture (code point by code point, like Lucene).</summary>
public sealed class LowerCaseFilter : TokenFilter
{
    /// <inheritdoc />
    public override bool Apply(TermBuffer term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var chars = term.Chars;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c < 0x80)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    chars[i] = (char)(c | 0x20);
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                // Letters outside the BMP (Deseret, Adlam...) lower-case to letters outside the BMP: same length.
                var lower = Rune.ToLowerInvariant(new Rune(c, chars[i + 1]));
                lower.EncodeToUtf16(chars[i..]);
                i++;
            }
            else
            {
                // The invariant culture leaves dotted capital I alone; Unicode's (and Java's) simple mapping is 'i'.
                chars[i] = c == '\u0130' ? 'i' : char.ToLowerInvariant(c);
            }
        }

        return true;
    }
}
