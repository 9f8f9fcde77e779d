namespace FaqBot.Search.Analysis;

/// <summary>
/// The UAX#29 word-break property values Lucene's StandardTokenizer grammar distinguishes, plus the script
/// classes it treats specially (Han, Hiragana, South-East Asian "complex context" scripts).
/// </summary>
internal enum WordBreakClass : byte
{
    /// <summary>Separators, punctuation, symbols, emoji: never part of a token.</summary>
    Other,
    ALetter,
    HebrewLetter,
    Numeric,
    Katakana,
    ExtendNumLet,
    MidLetter,
    MidNum,
    MidNumLet,
    SingleQuote,
    DoubleQuote,

    /// <summary>Extend and Format characters: they belong to the character before them (rule WB4).</summary>
    Extend,
    Han,
    Hiragana,
    ComplexContext,

    /// <summary>A mark of a complex-context script: Extend after a character, the start of a run otherwise.</summary>
    ComplexContextExtend,

    /// <summary>A UTF-16 surrogate: the class depends on the whole code point.</summary>
    Surrogate,
}
