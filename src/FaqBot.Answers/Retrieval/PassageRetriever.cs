using FaqBot.Search.Querying;

namespace FaqBot.Answers.Retrieval;

/// <summary>
/// Ranks passages for a question and measures how much of the question each one answers.
/// Coverage is the rarity-weighted share (idf) of the question's distinctive words found in a passage:
/// question words and topic-wide words such as the drug name, present in most passages, are left out,
/// so a passage that merely shares "baclofen" with "can baclofen cure cancer?" covers nothing.
/// The final score is the search score scaled by coverage, which lifts passages that answer the whole
/// question above those that repeat one word often.
/// </summary>
public sealed class PassageRetriever(AnswersOptions options)
{
    /// <summary>Retrieves up to <paramref name="top"/> passages for <paramref name="question"/>.</summary>
    public RetrievalResult Retrieve(KnowledgeSearch search, string question, int top)
    {
        var results = search.Searcher.Search(question, search.Options, Math.Max(top, options.CandidatePassages));
        var words = Group(results.Query);
        var topicWords = new List<string>();
        var content = new List<(string Word, HashSet<string> Terms, double Weight)>();
        foreach (var (word, terms) in words)
        {
            if (QuestionWords.Contains(word))
            {
                continue;
            }

            if (terms.Keys.Any(term => search.Ubiquity(term) >= options.UbiquityThreshold))
            {
                topicWords.Add(word.ToLowerInvariant());
                continue;
            }

            // A misspelled or synonym-expanded word is as rare as the rarest known term it stands for;
            // a word the articles never use at all is maximally rare.
            var known = terms.Keys.Where(search.IsKnown).ToList();
            var weight = known.Count > 0 ? known.Min(search.Idf) : search.MaxIdf;
            content.Add((word, [.. terms.Keys], weight));
        }

        var ranked = new List<RankedPassage>(results.Hits.Count);
        foreach (var hit in results.Hits)
        {
            var coverage = Coverage(hit, content, topicWords.Count > 0);
            var score = hit.Score * ((1 - options.CoverageRankWeight) + (options.CoverageRankWeight * coverage));
            ranked.Add(new RankedPassage(search.Knowledge.Passages[hit.DocId], score, hit.Score, coverage, hit.Matches));
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        var highlight = results.Query.Terms
            .Where(t => !QuestionWords.Contains(t.Source))
            .Select(t => t.Term)
            .ToHashSet(StringComparer.Ordinal);
        return new RetrievalResult(results.Query, ranked.Take(top).ToList(), [.. content.Select(c => c.Word)], topicWords, highlight);
    }

    private static double Coverage(SearchHit hit, List<(string Word, HashSet<string> Terms, double Weight)> content, bool hasTopic)
    {
        if (content.Count == 0)
        {
            // Only topic-wide words ("what is baclofen?"): any passage matching them is on topic.
            return hasTopic && hit.Matches.Count > 0 ? 1 : 0;
        }

        double total = 0, found = 0;
        foreach (var (_, terms, weight) in content)
        {
            total += weight;
            var best = 0.0;
            foreach (var match in hit.Matches)
            {
                if (terms.Contains(match.Term))
                {
                    best = Math.Max(best, match.Kind switch
                    {
                        MatchKind.Exact => 1.0,
                        MatchKind.Synonym => 0.9,
                        _ => 0.8,
                    });
                }
            }

            found += best * weight;
        }

        return total <= 0 ? 0 : found / total;
    }

    private static Dictionary<string, Dictionary<string, MatchKind>> Group(AnalyzedQuery query)
    {
        var words = new Dictionary<string, Dictionary<string, MatchKind>>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in query.Terms)
        {
            if (!words.TryGetValue(term.Source, out var terms))
            {
                words[term.Source] = terms = new Dictionary<string, MatchKind>(StringComparer.Ordinal);
            }

            terms.TryAdd(term.Term, term.Kind);
        }

        return words;
    }
}
