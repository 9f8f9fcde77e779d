using FaqBot.Search.Querying;

namespace FaqBot.Answers.Retrieval;

/// <summary>The outcome of retrieval for one question.</summary>
/// <param name="Query">The query as the search engine analysed it.</param>
/// <param name="Ranked">Passages best first.</param>
/// <param name="ContentWords">The question's distinctive words (neither question words nor topic-wide words).</param>
/// <param name="TopicWords">The question's topic-wide words ("baclofen"), lower-case, in question order.</param>
/// <param name="HighlightTerms">Analysed terms to emphasise in excerpts.</param>
/// <param name="DefinitionSubject">The X of a "what is X?" question, else null.</param>
public sealed record RetrievalResult(
    AnalyzedQuery Query,
    IReadOnlyList<RankedPassage> Ranked,
    IReadOnlyList<string> ContentWords,
    IReadOnlyList<string> TopicWords,
    IReadOnlyCollection<string> HighlightTerms,
    string? DefinitionSubject)
{
    /// <summary>The best passage's coverage, 0 when nothing matched.</summary>
    public double TopCoverage => Ranked.Count == 0 ? 0 : Ranked.Max(r => r.Coverage);
}
