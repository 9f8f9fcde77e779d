namespace FaqBot.Search.Highlighting;

/// <summary>An excerpt of whole sentences (or, for one overlong sentence, whole words).</summary>
/// <param name="Start">Offset of the fragment in the text.</param>
/// <param name="Length">Length of the fragment.</param>
/// <param name="Highlights">Matched words inside the fragment, in text order, with absolute offsets.</param>
/// <param name="DistinctTerms">How many different query terms the fragment contains (0: no match, leading text).</param>
/// <param name="Score">Ranking value: distinct terms first, then the number of matches.</param>
public sealed record Fragment(int Start, int Length, IReadOnlyList<HighlightSpan> Highlights, int DistinctTerms, double Score);
