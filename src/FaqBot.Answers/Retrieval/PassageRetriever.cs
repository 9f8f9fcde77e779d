using FaqBot.Knowledge.Indexing;
using FaqBot.Knowledge.Passages;
using FaqBot.Search.Querying;

namespace FaqBot.Answers.Retrieval;

/// <summary>
/// Ranks passages for a question and measures how much of the question each one answers.
/// Coverage is the rarity-weighted share (idf) of the question's distinctive words found in a passage
/// and, blended in, in its article among the hits: question words and topic-wide words such as the drug
/// name, present in most passages, are left out, so a passage that merely shares "baclofen" with
/// "can baclofen cure cancer?" covers nothing. The article share lets a passage that answers part of
/// a question count the rest when its article covers it nearby. The final score is the search score
/// scaled by coverage, which lifts passages that answer the whole question above those that repeat
/// one word often.
/// </summary>
public sealed class PassageRetriever(AnswersOptions options)
{
    // A two-edit typo correction ("diabetes" -> "diet") is a guess; it neither makes a word known nor counts much.
    private const float ReliableTypoWeight = 0.6f;

    // How much a synonym counts towards coverage relative to the word typed.
    private const double SynonymFactor = 0.9;

    /// <summary>
    /// Retrieves up to <paramref name="top"/> passages for <paramref name="question"/>. With
    /// <paramref name="knownWordsOnly"/>, words the articles never use ("my father is 70") do not count
    /// against coverage: used where the reply only shows what the articles say in general.
    /// </summary>
    public RetrievalResult Retrieve(KnowledgeSearch search, string question, int top, bool knownWordsOnly = false)
    {
        var results = search.Searcher.Search(question, search.Options, Math.Max(top, options.CandidatePassages));
        var phrases = new SynonymPhrases(question, search);
        var topicWords = new List<string>();
        var content = new List<ContentWord>();
        var guesses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, grouped) in Group(results.Query))
        {
            var terms = grouped;
            if (QuestionWords.Contains(word))
            {
                continue;
            }

            if (terms.Any(t => t.Weight >= ReliableTypoWeight && search.Ubiquity(t.Term) >= options.UbiquityThreshold))
            {
                topicWords.Add(word.ToLowerInvariant());
                continue;
            }

            // A typo guess stands in only for a word nothing else explains: "sleep" is not a misspelled
            // "sleeve" once a synonym says what it means.
            if (terms.Any(t => t.Kind != MatchKind.Typo && search.IsKnown(t.Term)))
            {
                guesses.UnionWith(terms.Where(t => t.Kind == MatchKind.Typo).Select(t => t.Term));
                terms = [.. terms.Where(t => t.Kind != MatchKind.Typo)];
            }

            // A misspelled or synonym-expanded word is as rare as the rarest known term it stands for;
            // a word the articles never use at all is maximally rare.
            var known = terms.Where(t => t.Weight >= ReliableTypoWeight && search.IsKnown(t.Term)).ToList();
            if (knownWordsOnly && known.Count == 0)
            {
                continue;
            }

            var idf = known.Count > 0 ? known.Min(t => search.Idf(t.Term)) : search.MaxIdf;
            var weight = Math.Pow(idf, options.CoverageIdfPower);
            var singles = terms.Where(t => t.Kind == MatchKind.Typo || !phrases.IsPhraseOnly(word, t.Term));
            content.Add(new ContentWord(word, singles.GroupBy(t => t.Term).ToDictionary(g => g.Key, g => g.Max(t => Factor(t))), phrases.PhrasesFor(word), weight));
        }

        var perHit = results.Hits.Select(hit => content.Select(c => c.Found(hit, search.Knowledge.Passages[hit.DocId], phrases)).ToArray()).ToList();
        var perArticle = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var i = 0; i < results.Hits.Count; i++)
        {
            var article = search.Knowledge.Passages[results.Hits[i].DocId].ArticleId;
            perArticle[article] = perArticle.TryGetValue(article, out var found)
                ? [.. found.Zip(perHit[i], Math.Max)]
                : perHit[i];
        }

        var subject = DefinitionQuestion.Subject(question);
        var shapeTerms = ShapeTerms(results.Query);
        var ranked = new List<RankedPassage>(results.Hits.Count);
        for (var i = 0; i < results.Hits.Count; i++)
        {
            var hit = results.Hits[i];
            var passage = search.Knowledge.Passages[hit.DocId];
            var coverage = content.Count == 0
                ? (topicWords.Count > 0 && hit.Matches.Count > 0 ? 1 : 0)
                : ((1 - options.ArticleCoverageWeight) * Share(content, perHit[i])) + (options.ArticleCoverageWeight * Share(content, perArticle[passage.ArticleId]));
            var searchScore = hit.Score
                - ((1 - options.QuestionShapeHeadingWeight) * ShapeInHeadings(hit, shapeTerms))
                - phrases.UnphrasedScore(hit, passage, results.Query)
                - hit.Matches.Where(m => m.Kind == MatchKind.Typo && guesses.Contains(m.Term)).Sum(m => m.Score);
            var score = searchScore * ((1 - options.CoverageRankWeight) + (options.CoverageRankWeight * Math.Pow(coverage, options.CoverageRankPower)));

            ranked.Add(new RankedPassage(passage, score, hit.Score, coverage, hit.Matches));
        }

        if (subject is not null && ranked.Count > 0)
        {
            // A definition of the subject is what "what is X?" asks for, however few words it shares with
            // the question, so it is lifted by a share of the best score rather than by its own.
            var lift = ranked.Max(r => r.Score) * options.DefinitionBoost;
            for (var i = 0; i < ranked.Count; i++)
            {
                if (ranked[i].Coverage > 0 && DefinitionQuestion.Defines(ranked[i].Passage.Text, subject))
                {
                    ranked[i] = ranked[i] with { Score = ranked[i].Score + lift };
                }
            }
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        // A word of a multi-word synonym ("off" of "come off") on its own is not what the question asked.
        var highlight = results.Query.Terms
            .Where(t => !QuestionWords.Contains(t.Source) && !(t.Kind == MatchKind.Synonym && phrases.IsPhraseTerm(t.Term)))
            .Select(t => t.Term)
            .ToHashSet(StringComparer.Ordinal);
        return new RetrievalResult(results.Query, ranked.Take(top).ToList(), [.. content.Select(c => c.Word)], topicWords, highlight, subject);
    }

    // Terms that come only from words shaping the question ("how", "take", "should"), not from its subject.
    private static HashSet<string> ShapeTerms(AnalyzedQuery query)
    {
        var shape = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in query.Terms.GroupBy(t => t.Term))
        {
            if (group.All(t => t.Source.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(QuestionWords.Contains)))
            {
                shape.Add(group.Key);
            }
        }

        return shape;
    }

    // FAQ headings are questions themselves, so they share the user's question shape ("How long does it
    // take ...?" and "who should not take ...?") whatever they are about: those matches say little.
    private static double ShapeInHeadings(SearchHit hit, HashSet<string> shapeTerms) =>
        hit.Matches
            .Where(m => (m.Field == KnowledgeFields.Heading || m.Field == KnowledgeFields.Faq) && shapeTerms.Contains(m.Term))
            .Sum(m => m.Score);

    private static double Share(List<ContentWord> content, double[] found)
    {
        double total = 0, matched = 0;
        for (var i = 0; i < content.Count; i++)
        {
            total += content[i].Weight;
            matched += content[i].Weight * found[i];
        }

        return total <= 0 ? 0 : matched / total;
    }

    private static double Factor(QueryTerm term) => term.Kind switch
    {
        MatchKind.Exact => 1.0,
        MatchKind.Synonym => SynonymFactor,
        _ => term.Weight >= ReliableTypoWeight ? 0.8 : 0.1,
    };

    // Terms grouped by the user word they came from; a multi-word synonym source ("side effects")
    // lends its terms to each of its words rather than counting as a word of its own, unless all its
    // words are question-shaped.
    private static Dictionary<string, List<QueryTerm>> Group(AnalyzedQuery query)
    {
        var words = new Dictionary<string, List<QueryTerm>>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in query.Terms)
        {
            var parts = term.Source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || (term.Kind == MatchKind.Synonym && parts.All(QuestionWords.Contains)))
            {
                // A synonym of question-shaped words ("who should not take" => "contraindications")
                // names a subject the words alone do not, so the phrase counts as one word.
                parts = [term.Source];
            }

            foreach (var part in parts)
            {
                if (!words.TryGetValue(part, out var terms))
                {
                    words[part] = terms = [];
                }

                terms.Add(term);
            }
        }

        return words;
    }

    // A word of the question: the terms that match it on their own, and its multi-word synonyms,
    // which match only as phrases.
    private sealed record ContentWord(string Word, Dictionary<string, double> Factors, IReadOnlyList<IReadOnlyList<string>> Phrases, double Weight)
    {
        public double Found(SearchHit hit, Passage passage, SynonymPhrases phrases)
        {
            var best = 0.0;
            foreach (var match in hit.Matches)
            {
                if (Factors.TryGetValue(match.Term, out var factor) && !phrases.OnlyInCompounds(passage, match.Term))
                {
                    best = Math.Max(best, factor);
                }
            }

            if (best < SynonymFactor && Phrases.Any(p => p.All(t => hit.Matches.Any(m => m.Term == t)) && phrases.Contains(passage, p)))
            {
                best = SynonymFactor;
            }

            return best;
        }
    }
}
