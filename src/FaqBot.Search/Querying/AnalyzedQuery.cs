namespace FaqBot.Search.Querying;

/// <summary>The query as the engine understood it: the text and every term it searched for.</summary>
/// <param name="Text">The text the user typed.</param>
/// <param name="Terms">The analysed terms, exact ones first in query order, then expansions.</param>
public sealed record AnalyzedQuery(string Text, IReadOnlyList<QueryTerm> Terms);
