using FaqBot.Search.Analysis;

namespace FaqBot.Search.Querying;

/// <summary>
/// Relevance knobs of <see cref="IndexSearcher"/>. The defaults turn every extra on;
/// <see cref="LuceneCompatible"/> turns them off, so scores equal Lucene 4.x BM25 with
/// MultiFieldQueryParser over title^2, heading^1.5, text.
/// </summary>
public sealed record SearchOptions
{
    private static readonly Dictionary<string, float> DefaultBoosts = new(StringComparer.Ordinal)
    {
        ["title"] = 2f,
        ["heading"] = 1.5f,
        ["text"] = 1f,
    };

    /// <summary>Everything on: synonyms (when a map is given), typo tolerance, proximity and title coverage.</summary>
    public static SearchOptions Default { get; } = new();

    /// <summary>Plain Lucene BM25: no synonyms, typo tolerance, proximity or title coverage.</summary>
    public static SearchOptions LuceneCompatible { get; } = new()
    {
        Synonyms = SynonymMap.Empty,
        TypoTolerance = false,
        Proximity = false,
        TitleCoverageWeight = 0f,
    };

    /// <summary>Fields to search and their boosts; a query word scores the sum over these fields.</summary>
    public IReadOnlyDictionary<string, float> FieldBoosts { get; init; } = DefaultBoosts;

    /// <summary>BM25 term-frequency saturation.</summary>
    public float K1 { get; init; } = 1.2f;

    /// <summary>BM25 length normalisation (0 = none, 1 = full).</summary>
    public float B { get; init; } = 0.75f;

    /// <summary>Query-time synonyms; each expansion is searched next to the user's own word.</summary>
    public SynonymMap Synonyms { get; init; } = SynonymMap.Empty;

    /// <summary>Weight of a synonym expansion relative to the user's own word (below 1).</summary>
    public float SynonymWeight { get; init; } = 0.8f;

    /// <summary>Match words missing from the index to vocabulary terms within a small edit distance.</summary>
    public bool TypoTolerance { get; init; } = true;

    /// <summary>Weight of a typo correction at distance 1; distance 2 gets its square.</summary>
    public float TypoPenalty { get; init; } = 0.7f;

    /// <summary>Shortest word (in letters) corrected at edit distance 1.</summary>
    public int TypoMinLength { get; init; } = 5;

    /// <summary>Shortest word (in letters) corrected at edit distance 2.</summary>
    public int TypoMinLengthForTwoEdits { get; init; } = 8;

    /// <summary>At most this many corrections per word (closest first, then most frequent).</summary>
    public int MaxTypoCorrections { get; init; } = 3;

    /// <summary>Reward documents where different query words occur close together.</summary>
    public bool Proximity { get; init; } = true;

    /// <summary>Scale of the proximity bonus (per pair of words: the rarer word's idf divided by their distance).</summary>
    public float ProximityWeight { get; init; } = 2f;

    /// <summary>Largest distance in positions that still counts as "near".</summary>
    public int ProximityWindow { get; init; } = 8;

    /// <summary>How many of the best BM25 candidates get the proximity and title-coverage re-scoring.</summary>
    public int RescoreDepth { get; init; } = 50;

    /// <summary>
    /// Bonus for a document whose title terms are all in the query (the question names the subject),
    /// scaled by the summed idf of those title terms. 0 turns it off.
    /// </summary>
    public float TitleCoverageWeight { get; init; } = 1f;

    /// <summary>The field the title-coverage bonus looks at.</summary>
    public string TitleField { get; init; } = "title";

    /// <summary>Query terms beyond this many are ignored, which bounds the cost of a pasted essay.</summary>
    public int MaxQueryTerms { get; init; } = 64;
}
