using FaqBot.Search.Analysis;
using FaqBot.Search.Indexing;

namespace FaqBot.Search.Querying;

/// <summary>
/// Turns user text into a <see cref="ParsedQuery"/> the way Lucene's MultiFieldQueryParser does after
/// <c>QueryParser.escape</c>: every syntax character is literal, the text splits into chunks at the
/// parser's whitespace (space, tab, CR, LF, U+3000 only), and each chunk that analyses to at least one
/// term becomes one SHOULD group. Escaped AND/OR/NOT are ordinary words (stop words in Lucene's set).
/// The whole text is analysed once and tokens are assigned to chunks by offset: tokens never span
/// that whitespace, so this equals analysing chunk by chunk.
/// </summary>
internal static class QueryParser
{
    public static ParsedQuery Parse(string? text, SearchIndex index, SearchOptions options)
    {
        text ??= string.Empty;
        IReadOnlyList<Token> tokens = text.Length == 0 ? [] : index.Analyzer.Analyze(text);
        int count = Math.Min(tokens.Count, Math.Max(options.MaxQueryTerms, 0));
        if (count == 0)
        {
            return ParsedQuery.Empty(text);
        }

        var groups = new List<QueryClause[]>();
        var terms = new List<QueryTerm>();
        var sources = new string[count];
        int chunk = -1;
        int scanned = 0;
        int lastChunk = -1;
        var current = new List<QueryClause>();
        for (int i = 0; i < count; i++)
        {
            Token token = tokens[i];
            sources[i] = SourceText(text, token);
            int start = Math.Clamp(token.StartOffset, 0, text.Length);
            int tokenChunk = ChunkOf(text, start, ref scanned, ref chunk);
            if (i > 0 && tokenChunk != lastChunk)
            {
                groups.Add([.. current]);
                current.Clear();
            }

            lastChunk = tokenChunk;
            current.Add(new QueryClause(token.Term, i, 1f, MatchKind.Exact));
            terms.Add(new QueryTerm(token.Term, sources[i], MatchKind.Exact, 1f));
        }

        groups.Add([.. current]);
        if (options.TypoTolerance)
        {
            AddTypoGroups(tokens, count, sources, index, options, groups, terms);
        }

        if (options.Synonyms.Count > 0 && options.SynonymWeight > 0)
        {
            AddSynonymGroups(tokens, count, sources, options, groups, terms);
        }

        return new ParsedQuery(new AnalyzedQuery(text, terms), groups, count);
    }

    private static bool IsParserWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u3000';

    /// <summary>Counts chunk starts up to <paramref name="offset"/>, continuing from the previous call.</summary>
    private static int ChunkOf(string text, int offset, ref int scanned, ref int chunk)
    {
        if (offset < scanned)
        {
            scanned = 0;
            chunk = -1;
        }

        for (; scanned <= offset && scanned < text.Length; scanned++)
        {
            if (!IsParserWhitespace(text[scanned]) && (scanned == 0 || IsParserWhitespace(text[scanned - 1])))
            {
                chunk++;
            }
        }

        return chunk;
    }

    private static string SourceText(string text, Token token)
    {
        int start = Math.Clamp(token.StartOffset, 0, text.Length);
        int end = Math.Clamp(token.EndOffset, start, text.Length);
        return end > start ? text[start..end] : token.Term;
    }

    private static void AddTypoGroups(
        IReadOnlyList<Token> tokens, int count, string[] sources, SearchIndex index, SearchOptions options,
        List<QueryClause[]> groups, List<QueryTerm> terms)
    {
        var vocabulary = index.Vocabulary;
        for (int i = 0; i < count; i++)
        {
            string term = tokens[i].Term;
            if (vocabulary.Contains(term))
            {
                continue;
            }

            var corrections = TypoCorrector.Correct(vocabulary, term, sources[i], options);
            if (corrections.Count == 0)
            {
                continue;
            }

            var group = new QueryClause[corrections.Count];
            for (int c = 0; c < corrections.Count; c++)
            {
                float weight = MathF.Pow(options.TypoPenalty, corrections[c].Distance);
                group[c] = new QueryClause(corrections[c].Term, i, weight, MatchKind.Typo);
                terms.Add(new QueryTerm(corrections[c].Term, sources[i], MatchKind.Typo, weight));
            }

            groups.Add(group);
        }
    }

    private static void AddSynonymGroups(
        IReadOnlyList<Token> tokens, int count, string[] sources, SearchOptions options,
        List<QueryClause[]> groups, List<QueryTerm> terms)
    {
        var queryTokens = count == tokens.Count ? tokens : tokens.Take(count).ToArray();
        // A word is scored once at synonym weight however many alternatives hold it, and never when the user
        // typed it: "side effects" => "adverse effects", "unwanted effects" would otherwise score "effect" at
        // 1 + 2 × SynonymWeight, so the expansion would outweigh the user's own words instead of trailing them.
        var scored = new HashSet<string>(queryTokens.Select(token => token.Term), StringComparer.Ordinal);
        foreach (var match in options.Synonyms.FindMatches(queryTokens))
        {
            int first = Math.Clamp(match.StartToken, 0, count - 1);
            int last = Math.Clamp(match.StartToken + match.TokenCount - 1, first, count - 1);
            string source = string.Join(' ', sources[first..(last + 1)]);
            foreach (var alternative in match.Alternatives)
            {
                // The user's own words keep full weight (also for "a => b" rules); the alternative's new words
                // are one extra group at SynonymWeight, summed like a multi-word chunk.
                var group = new List<QueryClause>(alternative.Count);
                foreach (string word in alternative)
                {
                    if (scored.Add(word))
                    {
                        group.Add(new QueryClause(word, alternative.Count == 1 ? first : -1, options.SynonymWeight, MatchKind.Synonym));
                        terms.Add(new QueryTerm(word, source, MatchKind.Synonym, options.SynonymWeight));
                    }
                }

                if (group.Count > 0)
                {
                    groups.Add([.. group]);
                }
            }
        }
    }
}
