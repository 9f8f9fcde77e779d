namespace FaqBot.Search.Querying;

/// <summary>A ranked document.</summary>
/// <param name="DocId">Index-internal doc id (order of addition).</param>
/// <param name="Id">The document's own id.</param>
/// <param name="Score">BM25 score plus any proximity/title bonus.</param>
/// <param name="Matches">Which terms matched in which fields (useful to explain and highlight).</param>
public sealed record SearchHit(int DocId, string Id, double Score, IReadOnlyList<TermMatch> Matches);
