namespace FaqBot.Search.Querying;

/// <summary>One query term found in one field of a hit, with its share of the score.</summary>
/// <param name="Term">The analysed term.</param>
/// <param name="Field">The field it occurs in.</param>
/// <param name="Kind">Exact, synonym or typo.</param>
/// <param name="Score">Its weighted BM25 contribution.</param>
public sealed record TermMatch(string Term, string Field, MatchKind Kind, double Score);
