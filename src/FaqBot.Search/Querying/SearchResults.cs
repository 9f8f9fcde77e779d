namespace FaqBot.Search.Querying;

/// <summary>The outcome of a search: the analysed query and the hits, best first (possibly none).</summary>
/// <param name="Query">What was searched for.</param>
/// <param name="Hits">Ranked hits; equal scores are ordered by ascending doc id, as in Lucene.</param>
public sealed record SearchResults(AnalyzedQuery Query, IReadOnlyList<SearchHit> Hits);
