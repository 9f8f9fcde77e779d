namespace FaqBot.Search.Analysis;

/// <summary>
/// Turns text into a stream of <see cref="Token"/>s: a tokenizer followed by token filters.
/// The same analyzer must be used for indexing and for querying.
/// </summary>
public abstract class Analyzer
{
    /// <summary>
    /// Analyses <paramref name="text"/>. Never throws for any string (empty, huge, emoji, RTL, control characters).
    /// </summary>
    /// <param name="text">The text to analyse.</param>
    /// <returns>The tokens in text order.</returns>
    public abstract IReadOnlyList<Token> Analyze(string text);

    /// <summary>
    /// Analyses <paramref name="text"/> and appends the tokens to <paramref name="output"/>, so a caller that
    /// analyses many texts (the index builder) can reuse one list instead of allocating one per text.
    /// </summary>
    /// <param name="text">The text to analyse.</param>
    /// <param name="output">The list the tokens are appended to; existing items are kept.</param>
    public virtual void Analyze(string text, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.AddRange(Analyze(text));
    }
}
