using FaqBot.Search.Analysis;

namespace FaqBot.Search.Highlighting;

/// <summary>
/// Picks the best excerpts of a stored text for a set of analysed query terms: runs of whole
/// sentences within <see cref="HighlightOptions.MaxLength"/> that contain the most distinct query
/// terms (then the most matches, then the earliest), with every matched word's offsets. The text is
/// analysed with the index's analyzer, so "treatments" in the text matches the query term "treatment".
/// Thread-safe.
/// </summary>
public sealed class Highlighter
{
    private readonly Analyzer analyzer;

    /// <summary>Creates a highlighter that analyses text with <paramref name="analyzer"/>.</summary>
    public Highlighter(Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        this.analyzer = analyzer;
    }

    /// <summary>
    /// Returns up to <see cref="HighlightOptions.MaxFragments"/> non-overlapping fragments, best first.
    /// When no query term occurs, returns the leading sentences (DistinctTerms 0) so there is always an
    /// excerpt to show; empty or blank text gives an empty list.
    /// </summary>
    public IReadOnlyList<Fragment> GetBestFragments(string text, IReadOnlyCollection<string> queryTerms, HighlightOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        text ??= string.Empty;
        var sentences = options.MaxFragments > 0 ? SentenceSplitter.Split(text) : [];
        if (sentences.Count == 0)
        {
            return [];
        }

        var terms = new HashSet<string>(queryTerms ?? [], StringComparer.Ordinal);
        int maxLength = Math.Max(options.MaxLength, 1);

        var matches = new List<(int Start, int End, string Term)>();
        foreach (var token in analyzer.Analyze(text))
        {
            if (terms.Contains(token.Term) && token.StartOffset >= 0 && token.EndOffset <= text.Length && token.EndOffset > token.StartOffset)
            {
                matches.Add((token.StartOffset, token.EndOffset, token.Term));
            }
        }

        var candidates = new List<Fragment>();
        for (int first = 0; first < sentences.Count; first++)
        {
            int start = sentences[first].Start;
            if (sentences[first].End - start > maxLength)
            {
                candidates.Add(Score(WordWindow(text, sentences[first], matches, maxLength), matches));
                continue;
            }

            for (int last = first; last < sentences.Count && sentences[last].End - start <= maxLength; last++)
            {
                candidates.Add(Score((start, sentences[last].End), matches));
            }
        }

        var chosen = new List<Fragment>();
        foreach (var fragment in candidates
            .OrderByDescending(f => f.Score)
            .ThenBy(f => f.Start)
            .ThenBy(f => f.Length))
        {
            if (chosen.Count >= options.MaxFragments)
            {
                break;
            }

            if (chosen.Count > 0 && fragment.DistinctTerms == 0)
            {
                break;
            }

            if (chosen.TrueForAll(c => fragment.Start >= c.Start + c.Length || fragment.Start + fragment.Length <= c.Start))
            {
                chosen.Add(fragment);
            }
        }

        return chosen;
    }

    private static Fragment Score((int Start, int End) range, List<(int Start, int End, string Term)> matches)
    {
        var spans = new List<HighlightSpan>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, end, term) in matches)
        {
            if (start >= range.Start && end <= range.End)
            {
                spans.Add(new HighlightSpan(start, end - start));
                distinct.Add(term);
            }
        }

        // Distinct terms dominate; more matches break ties without ever outweighing one more term.
        double score = distinct.Count + (0.5 * spans.Count / (spans.Count + 1.0));
        return new Fragment(range.Start, range.End - range.Start, spans, distinct.Count, score);
    }

    /// <summary>
    /// For a sentence longer than the limit: the word-aligned window of at most
    /// <paramref name="maxLength"/> characters with the most distinct matched terms.
    /// </summary>
    private static (int Start, int End) WordWindow(
        string text, (int Start, int End) sentence, List<(int Start, int End, string Term)> matches, int maxLength)
    {
        var wordStarts = new List<int>();
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == sentence.Start || char.IsWhiteSpace(text[i - 1])))
            {
                wordStarts.Add(i);
            }
        }

        (int Start, int End) best = (sentence.Start, WordEnd(text, sentence.Start, Math.Min(sentence.End, sentence.Start + maxLength)));
        int bestDistinct = -1;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (int start in wordStarts)
        {
            int end = WordEnd(text, start, Math.Min(sentence.End, start + maxLength));
            distinct.Clear();
            foreach (var match in matches)
            {
                if (match.Start >= start && match.End <= end)
                {
                    distinct.Add(match.Term);
                }
            }

            if (distinct.Count > bestDistinct)
            {
                bestDistinct = distinct.Count;
                best = (start, end);
            }
        }

        return best;
    }

    /// <summary>The last word end at or before <paramref name="limit"/>; a single overlong word is cut at the limit.</summary>
    private static int WordEnd(string text, int start, int limit)
    {
        if (limit >= text.Length || char.IsWhiteSpace(text[limit]))
        {
            return TrimEnd(text, start, limit);
        }

        int end = limit;
        while (end > start && !char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == start)
        {
            return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
        }

        return TrimEnd(text, start, end);
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
