namespace FaqBot.Search.Querying;

/// <summary>One term to score in every searched field.</summary>
/// <param name="Term">Analysed term.</param>
/// <param name="Word">Index of the user's word (query token) it stands for; proximity pairs distinct words.</param>
/// <param name="Weight">Multiplier on the BM25 weight (1 exact, below 1 for expansions).</param>
/// <param name="Kind">Exact, synonym or typo.</param>
internal readonly record struct QueryClause(string Term, int Word, float Weight, MatchKind Kind);
