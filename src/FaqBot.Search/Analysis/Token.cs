namespace FaqBot.Search.Analysis;

/// <summary>
/// One analysed term of a text, as Lucene's token attributes describe it.
/// </summary>
/// <param name="Term">The term after every filter of the chain (for example the Porter stem).</param>
/// <param name="Position">
/// 0-based position. Removed tokens (stop words, over-long words) leave gaps, like Lucene's position increments,
/// so phrase and proximity logic sees the true distance between words.
/// </param>
/// <param name="StartOffset">Index of the token's first character in the original text.</param>
/// <param name="EndOffset">Index just past the token's last character in the original text (exclusive).</param>
public readonly record struct Token(string Term, int Position, int StartOffset, int EndOffset);
