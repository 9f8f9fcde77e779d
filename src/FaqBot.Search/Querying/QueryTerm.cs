namespace FaqBot.Search.Querying;

/// <summary>One analysed term the search looked for.</summary>
/// <param name="Term">The analysed term (for example the stem <c>anxieti</c>).</param>
/// <param name="Source">The user's word it came from, as typed.</param>
/// <param name="Kind">Exact, synonym expansion or typo correction.</param>
/// <param name="Weight">Multiplier on its BM25 score (1 for exact terms).</param>
public sealed record QueryTerm(string Term, string Source, MatchKind Kind, float Weight);
