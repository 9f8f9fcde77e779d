using FaqBot.Knowledge.Passages;
using FaqBot.Search.Querying;

namespace FaqBot.Answers.Retrieval;

/// <summary>
/// The multi-word synonym alternatives of one question ("risk of dependence", "healthcare provider",
/// "take effect") and whether passages contain them. Such an alternative stands for its phrase: the
/// search engine scores its words one by one, but a passage only says "risk of dependence" when the
/// words occur together, so "depending on the individual" does not answer "is baclofen addictive?".
/// The same holds for a phrase the user typed that the synonym map knows ("trouble sleeping").
/// Passages come analysed from the snapshot's <see cref="KnowledgeSearch"/>.
/// </summary>
internal sealed class SynonymPhrases
{
    private readonly KnowledgeSearch _search;
    private readonly List<(string[] Words, IReadOnlyList<string> Terms)> _phrases = [];
    private readonly List<(string[] Words, string Term)> _singles = [];
    private readonly Dictionary<string, HashSet<string>> _compoundOnly = new(StringComparer.Ordinal);
    private readonly string[] _questionTerms;

    /// <summary>Finds the synonym alternatives of <paramref name="question"/>.</summary>
    public SynonymPhrases(string question, KnowledgeSearch search)
    {
        _search = search;
        var synonyms = search.Options.Synonyms;
        var tokens = search.Knowledge.Index.Analyzer.Analyze(question);
        _questionTerms = [.. tokens.Select(t => t.Term)];
        if (synonyms.Count == 0)
        {
            return;
        }

        foreach (var match in synonyms.FindMatches(tokens))
        {
            // The words typed, as the search engine names a synonym's source ("habit forming").
            var words = tokens.Skip(match.StartToken).Take(match.TokenCount)
                .Select(t => question[Math.Clamp(t.StartOffset, 0, question.Length)..Math.Clamp(t.EndOffset, t.StartOffset, question.Length)])
                .ToArray();
            if (match.TokenCount > 1)
            {
                // The user's own phrase is a unit too: "trouble sleeping" is not "stir up trouble".
                _phrases.Add((words, [.. tokens.Skip(match.StartToken).Take(match.TokenCount).Select(t => t.Term)]));
            }

            foreach (var alternative in match.Alternatives)
            {
                if (alternative.Count > 1)
                {
                    _phrases.Add((words, alternative));
                }
                else if (alternative.Count == 1)
                {
                    _singles.Add((words, alternative[0]));
                }
            }
        }
    }

    /// <summary>The multi-word alternatives standing in for the typed <paramref name="word"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> PhrasesFor(string word) =>
        [.. _phrases.Where(p => Names(p.Words, word)).Select(p => p.Terms)];

    /// <summary>
    /// True when <paramref name="term"/> reached the query for <paramref name="word"/> only as part of a
    /// multi-word alternative, so on its own it is not a match for the word.
    /// </summary>
    public bool IsPhraseOnly(string word, string term) =>
        _phrases.Any(p => Names(p.Words, word) && p.Terms.Contains(term, StringComparer.Ordinal))
        && !_singles.Any(s => s.Term == term && Names(s.Words, word));

    // The typed words of a synonym match name a question word one by one, or all together.
    private static bool Names(string[] words, string word) =>
        words.Contains(word, StringComparer.OrdinalIgnoreCase) || string.Equals(string.Join(' ', words), word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="term"/> reached the query only inside multi-word alternatives.</summary>
    public bool IsPhraseTerm(string term) =>
        _phrases.Any(p => p.Terms.Contains(term, StringComparer.Ordinal)) && !_singles.Any(s => s.Term == term);

    /// <summary>
    /// The search score <paramref name="hit"/> owes to terms that reached <paramref name="query"/> only
    /// inside multi-word alternatives none of which the passage contains as a phrase.
    /// </summary>
    public double UnphrasedScore(SearchHit hit, Passage passage, AnalyzedQuery query)
    {
        var score = 0.0;
        foreach (var match in hit.Matches)
        {
            if (match.Kind == MatchKind.Synonym
                && !query.Terms.Any(t => t.Term == match.Term && t.Kind != MatchKind.Synonym)
                && !_singles.Any(s => s.Term == match.Term)
                && !_phrases.Any(p => p.Terms.Contains(match.Term, StringComparer.Ordinal) && Contains(passage, p.Terms)))
            {
                score += match.Score;
            }
        }

        return score;
    }

    /// <summary>True when <paramref name="terms"/> occur as consecutive terms of the passage's heading or text.</summary>
    public bool Contains(Passage passage, IReadOnlyList<string> terms) => ContainsRun(_search.Analyzed(passage).Terms, terms);

    private static bool ContainsRun(IReadOnlyList<string> analysed, IReadOnlyList<string> terms)
    {
        for (var i = 0; i + terms.Count <= analysed.Count; i++)
        {
            var j = 0;
            while (j < terms.Count && string.Equals(analysed[i + j], terms[j], StringComparison.Ordinal))
            {
                j++;
            }

            if (j == terms.Count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when every occurrence of <paramref name="term"/> in the passage ends a multi-word term the
    /// synonyms know and the question does not use: "depression" in "respiratory depression" is that
    /// condition, not depression, and "effects" in "side effects" are not the effects asked about.
    /// (The last word of an English compound names its kind; a first word, "memory" of "memory
    /// problems", keeps its sense.)
    /// </summary>
    public bool OnlyInCompounds(Passage passage, string term)
    {
        if (!_compoundOnly.TryGetValue(passage.Id, out var terms))
        {
            _compoundOnly[passage.Id] = terms = CompoundOnlyTerms(passage);
        }

        return terms.Contains(term);
    }

    private HashSet<string> CompoundOnlyTerms(Passage passage)
    {
        var free = new HashSet<string>(StringComparer.Ordinal);
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (tokens, compounds) in _search.Analyzed(passage).Fields)
        {
            var headAt = new HashSet<int>();
            foreach (var match in compounds)
            {
                var compound = tokens.Skip(match.StartToken).Take(match.TokenCount).ToList();
                if (!ContainsRun(_questionTerms, compound))
                {
                    headAt.Add(match.StartToken + match.TokenCount - 1);
                }
            }

            for (var i = 0; i < tokens.Length; i++)
            {
                (headAt.Contains(i) ? heads : free).Add(tokens[i]);
            }
        }

        heads.ExceptWith(free);
        return heads;
    }
}
