using System.Globalization;
using FaqBot.Answers.Retrieval;

namespace FaqBot.Answers.Composition;

/// <summary>Builds the <see cref="AnswerExplanation"/> of a reply from what retrieval saw.</summary>
public static class AnswerExplainer
{
    private const int ExplainedHits = 10;

    /// <summary>The explanation for a reply to <paramref name="query"/>.</summary>
    public static AnswerExplanation Explain(
        KnowledgeSearch search, string query, RetrievalResult? retrieval, IReadOnlyList<string> notes, AnswersOptions options)
    {
        var allNotes = new List<string>(notes);
        if (retrieval is not null)
        {
            allNotes.Add($"distinctive words: {Join(retrieval.ContentWords)}; topic-wide words: {Join(retrieval.TopicWords)}");
            allNotes.Add(string.Create(CultureInfo.InvariantCulture,
                $"best coverage {retrieval.TopCoverage:0.###} (answer at >= {options.AnswerThreshold}, suggestions at >= {options.SuggestThreshold})"));
        }

        return new AnswerExplanation
        {
            IndexVersion = search.Knowledge.Version,
            Query = query,
            AnalyzedTerms = retrieval is null
                ? []
                : [.. retrieval.Query.Terms.Select(t => string.Create(CultureInfo.InvariantCulture,
                    $"{t.Term} ({t.Kind.ToString().ToLowerInvariant()} of \"{t.Source}\", weight {t.Weight:0.##})"))],
            Notes = allNotes,
            Hits = retrieval is null
                ? []
                : [.. retrieval.Ranked.Take(ExplainedHits).Select(r => new ExplainedHit(
                    r.Passage.Id,
                    Math.Round(r.Score, 4),
                    [.. r.Matches.Select(m => string.Create(CultureInfo.InvariantCulture,
                        $"{m.Term} in {m.Field} ({m.Kind.ToString().ToLowerInvariant()}) {m.Score:0.###}"))])
                {
                    SearchScore = Math.Round(r.SearchScore, 4),
                    Coverage = Math.Round(r.Coverage, 4),
                })],
        };
    }

    private static string Join(IReadOnlyList<string> words) => words.Count == 0 ? "none" : string.Join(", ", words);
}
