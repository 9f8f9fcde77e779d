namespace FaqBot.Search.Analysis;

/// <summary>
/// Removes a trailing possessive "'s" ("John's" → "John"), with the apostrophe written as U+0027, U+2019 or
/// U+FF07 and the s in either case, like Lucene's EnglishPossessiveFilter. Runs before lower-casing.
/// </summary>
public sealed class EnglishPossessiveFilter : TokenFilter
{
    /// <inheritdoc />
    public override bool Apply(TermBuffer term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var chars = term.Chars;
        if (chars.Length >= 2 && chars[^1] is 's' or 'S' && chars[^2] is '\'' or '\u2019' or '\uFF07')
        {
            term.SetLength(chars.Length - 2);
        }

        return true;
    }
}
