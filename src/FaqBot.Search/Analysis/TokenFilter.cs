namespace FaqBot.Search.Analysis;

/// <summary>
/// One stage of an analysis chain after the tokenizer: rewrites a term in place or removes the token.
/// Lucene's filters see one token at a time the same way; none of ours needs to look at its neighbours.
/// </summary>
public abstract class TokenFilter
{
    /// <summary>Applies the filter to one token's term.</summary>
    /// <param name="term">The term, edited in place.</param>
    /// <returns>
    /// <see langword="true"/> to keep the token, <see langword="false"/> to remove it (its position stays a gap).
    /// </returns>
    public abstract bool Apply(TermBuffer term);
}
