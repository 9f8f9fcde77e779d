namespace FaqBot.Search.Analysis;

/// <summary>
/// Query-time synonyms in the Solr synonyms format. Entries are analysed with the query's analyzer, so
/// "Heart attacks" in the file matches the query words "heart attack" and the alternatives are ready-made terms.
/// Immutable and thread-safe.
/// </summary>
public sealed class SynonymMap
{
    private readonly Dictionary<string, SynonymRule[]> rulesByFirstTerm;

    private SynonymMap(Dictionary<string, SynonymRule[]> rulesByFirstTerm, int count)
    {
        this.rulesByFirstTerm = rulesByFirstTerm;
        Count = count;
    }

    /// <summary>A map with no synonyms.</summary>
    public static SynonymMap Empty { get; } = new([], 0);

    /// <summary>Number of distinct entries (words or phrases) that have at least one synonym.</summary>
    public int Count { get; }

    /// <summary>
    /// Parses a synonyms file. Each line is empty, a comment starting with '#', an equivalence
    /// (<c>a, b, c</c>: each expands to the others) or an explicit mapping (<c>a, b =&gt; c, d</c>: a and b expand to
    /// c and d). Entries may be phrases ("multiple sclerosis"); <c>\,</c> and <c>\=</c> escape a comma or equals sign.
    /// Lines that repeat an entry add to its synonyms.
    /// </summary>
    /// <param name="text">The file's contents.</param>
    /// <param name="analyzer">The analyzer queries are analysed with.</param>
    /// <returns>The map.</returns>
    /// <exception cref="SynonymFormatException">A line is malformed; the exception names the line.</exception>
    public static SynonymMap Parse(string text, Analyzer analyzer) => Parse(text, analyzer, errors: null);

    /// <summary>
    /// Parses a synonyms file like <see cref="Parse(string, Analyzer)"/>, but skips malformed lines instead of
    /// failing, so one typo does not cost every other synonym.
    /// </summary>
    /// <param name="text">The file's contents.</param>
    /// <param name="analyzer">The analyzer queries are analysed with.</param>
    /// <param name="errors">Receives one exception per malformed line, in line order; null to throw at the first.</param>
    /// <returns>The map built from the well-formed lines.</returns>
    public static SynonymMap Parse(string text, Analyzer analyzer, ICollection<SynonymFormatException>? errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analyzer);
        var rules = SolrSynonymParser.Parse(text, analyzer, errors);
        var byFirstTerm = rules
            .GroupBy(rule => rule.Input[0], StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.OrderByDescending(rule => rule.Input.Count).ToArray(),
                StringComparer.Ordinal);
        return new SynonymMap(byFirstTerm, rules.Count);
    }

    /// <summary>
    /// Finds the runs of <paramref name="queryTokens"/> that have synonyms, left to right. At each token the longest
    /// entry wins ("multiple sclerosis" before "multiple"), and matches do not overlap.
    /// </summary>
    /// <param name="queryTokens">The query analysed with the analyzer given to <see cref="Parse(string, Analyzer)"/>.</param>
    /// <returns>The matches in query order; empty when nothing matches.</returns>
    public IReadOnlyList<SynonymMatch> FindMatches(IReadOnlyList<Token> queryTokens)
    {
        ArgumentNullException.ThrowIfNull(queryTokens);
        if (rulesByFirstTerm.Count == 0)
        {
            return [];
        }

        var matches = new List<SynonymMatch>();
        var i = 0;
        while (i < queryTokens.Count)
        {
            var rule = LongestRuleAt(queryTokens, i);
            if (rule is null)
            {
                i++;
                continue;
            }

            matches.Add(new SynonymMatch(i, rule.Input.Count, rule.Alternatives));
            i += rule.Input.Count;
        }

        return matches;
    }

    private SynonymRule? LongestRuleAt(IReadOnlyList<Token> tokens, int start)
    {
        if (!rulesByFirstTerm.TryGetValue(tokens[start].Term, out var candidates))
        {
            return null;
        }

        foreach (var rule in candidates)
        {
            if (start + rule.Input.Count <= tokens.Count && Matches(rule.Input, tokens, start))
            {
                return rule;
            }
        }

        return null;
    }

    private static bool Matches(IReadOnlyList<string> input, IReadOnlyList<Token> tokens, int start)
    {
        for (var k = 1; k < input.Count; k++)
        {
            if (!string.Equals(input[k], tokens[start + k].Term, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
