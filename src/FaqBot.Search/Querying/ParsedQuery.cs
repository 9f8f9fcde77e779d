namespace FaqBot.Search.Querying;

/// <summary>
/// A query in Lucene's shape: a disjunction of groups (one per whitespace chunk, plus one per
/// expansion), each group summing its clauses over the searched fields.
/// </summary>
internal sealed record ParsedQuery(AnalyzedQuery Analyzed, IReadOnlyList<QueryClause[]> Groups, int WordCount)
{
    public static ParsedQuery Empty(string text) => new(new AnalyzedQuery(text, []), [], 0);
}
