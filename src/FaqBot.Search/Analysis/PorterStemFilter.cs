namespace FaqBot.Search.Analysis;

/// <summary>Replaces each term by its Porter stem ("running" → "run"). Expects lower-case input.</summary>
/// <param name="stemmer">The stemmer; the analyzer passes the Lucene variant.</param>
public sealed class PorterStemFilter(PorterStemmer stemmer) : TokenFilter
{
    /// <inheritdoc />
    public override bool Apply(TermBuffer term)
    {
        ArgumentNullException.ThrowIfNull(term);
        term.SetLength(stemmer.Stem(term.Chars));
        return true;
    }
}
