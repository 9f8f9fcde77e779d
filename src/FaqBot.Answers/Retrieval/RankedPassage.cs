using FaqBot.Knowledge.Passages;
using FaqBot.Search.Querying;

namespace FaqBot.Answers.Retrieval;

/// <summary>A passage in FaqBot's final ranking for a question.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Score">The ranking score (the search score re-weighted by coverage).</param>
/// <param name="SearchScore">The search engine's score.</param>
/// <param name="Coverage">Share (0..1) of the question's distinctive words the passage matches, weighted by rarity.</param>
/// <param name="Matches">The terms that matched, per field.</param>
public sealed record RankedPassage(Passage Passage, double Score, double SearchScore, double Coverage, IReadOnlyList<TermMatch> Matches);
