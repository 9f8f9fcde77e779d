using FaqBot.Search.Indexing;
using FaqBot.Search.Scoring;

namespace FaqBot.Search.Querying;

/// <summary>
/// Searches one immutable <see cref="SearchIndex"/>. Stateless apart from the index, so one searcher
/// may serve any number of threads. Any query text is accepted: syntax characters are literal and
/// text that analyses to nothing simply finds nothing.
/// </summary>
public sealed class IndexSearcher
{
    private readonly SearchIndex index;

    /// <summary>Creates a searcher over <paramref name="index"/>.</summary>
    public IndexSearcher(SearchIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        this.index = index;
    }

    /// <summary>The index searched.</summary>
    public SearchIndex Index => index;

    /// <summary>Returns the <paramref name="top"/> best documents for <paramref name="queryText"/>.</summary>
    public SearchResults Search(string queryText, SearchOptions options, int top = 10) =>
        Search(queryText, options, top, null);

    /// <summary>
    /// Returns the <paramref name="top"/> best documents for <paramref name="queryText"/> among those
    /// <paramref name="filter"/> accepts (all when null). Never throws for any query text.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="options"/> fail <see cref="SearchOptions.Validate"/>.</exception>
    public SearchResults Search(string queryText, SearchOptions options, int top, Func<int, bool>? filter)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new ArgumentException("Unusable search options: " + string.Join(" ", problems), nameof(options));
        }

        ParsedQuery query = QueryParser.Parse(queryText, index, options);
        if (query.Groups.Count == 0 || top <= 0 || index.DocumentCount == 0)
        {
            return new SearchResults(query.Analyzed, []);
        }

        SearchField[] fields = SearchField.Resolve(index, options.FieldBoosts, options.K1, options.B);
        var scratch = SearchScratch.For(index.DocumentCount);
        (int Doc, double Score)[] ranked;
        try
        {
            QueryEvaluator.Evaluate(query, fields, index.DocumentCount, options.K1, scratch);
            ranked = Rank(query, fields, scratch.Total, options, Math.Min(top, index.DocumentCount), filter);
        }
        finally
        {
            scratch.Release();
        }

        var explainer = new MatchExplainer(query, fields, index.DocumentCount, options.K1);
        var hits = new SearchHit[ranked.Length];
        for (int i = 0; i < ranked.Length; i++)
        {
            int doc = ranked[i].Doc;
            hits[i] = new SearchHit(doc, index.GetId(doc), ranked[i].Score, explainer.Explain(doc));
        }

        return new SearchResults(query.Analyzed, hits);
    }

    private (int Doc, double Score)[] Rank(
        ParsedQuery query, SearchField[] fields, ScoreAccumulator total, SearchOptions options, int top, Func<int, bool>? filter)
    {
        var proximity = options.Proximity && options.ProximityWeight > 0
            ? new ProximityScorer(query, fields, index.DocumentCount, options.ProximityWindow)
            : null;
        var titleField = options.TitleCoverageWeight > 0 ? index.Field(options.TitleField) : null;
        var coverage = titleField is null ? null : new TitleCoverageScorer(query, titleField, index.DocumentCount);
        bool rescore = proximity is { IsUseful: true } || coverage is not null;

        var collector = new TopDocsCollector(rescore ? Math.Max(top, options.RescoreDepth) : top);
        for (int i = 0; i < total.Count; i++)
        {
            int doc = total.TouchedDoc(i);
            if (filter is null || filter(doc))
            {
                // Lucene hands the collector a float; rounding here keeps its ties.
                collector.Collect(doc, (float)total[doc]);
            }
        }

        var candidates = collector.ToSortedArray();
        if (!rescore)
        {
            return candidates;
        }

        var reranked = new TopDocsCollector(top);
        foreach (var (doc, score) in candidates)
        {
            double bonus = 0;
            if (proximity is { IsUseful: true })
            {
                bonus += options.ProximityWeight * proximity.Score(doc);
            }

            if (coverage is not null)
            {
                bonus += options.TitleCoverageWeight * coverage.Score(doc);
            }

            reranked.Collect(doc, score + bonus);
        }

        return reranked.ToSortedArray();
    }
}
