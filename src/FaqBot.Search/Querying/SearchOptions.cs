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

    /// <summary>
    /// What is wrong with these options, one message per property, naming it; empty when they are usable.
    /// Configuration layers call it at start-up; <see cref="IndexSearcher"/> refuses options that fail it.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        // Negative weights would make scores cancel out or go negative, which ranking and the
        // accumulators assume never happens; NaN would poison every sum.
        // IndexSearcher validates on every query, so a message is only formatted when the check fails.
        List<string>? problems = null;
        void Require(bool valid, string message)
        {
            if (!valid)
            {
                (problems ??= []).Add(message);
            }
        }

        void Check<T>(bool valid, string property, T value, string advice)
        {
            if (!valid)
            {
                (problems ??= []).Add($"{property} is {value}; {advice}");
            }
        }

        void CheckBoost(string field, float boost)
        {
            if (!(float.IsFinite(boost) && boost >= 0))
            {
                (problems ??= []).Add($"FieldBoosts[{field}] is {boost}; use a number >= 0.");
            }
        }

        Require(FieldBoosts is not null && FieldBoosts.Count > 0, "FieldBoosts must name at least one field.");
        foreach (var (field, boost) in FieldBoosts ?? new Dictionary<string, float>())
        {
            CheckBoost(field, boost);
        }

        Check(float.IsFinite(K1) && K1 >= 0, nameof(K1), K1, "use a number >= 0.");
        Check(B is >= 0 and <= 1, nameof(B), B, "use a number from 0 to 1.");
        Require(Synonyms is not null, "Synonyms must not be null (use SynonymMap.Empty).");
        Check(SynonymWeight is >= 0 and <= 1, nameof(SynonymWeight), SynonymWeight, "use a number from 0 to 1.");
        Check(TypoPenalty is >= 0 and <= 1, nameof(TypoPenalty), TypoPenalty, "use a number from 0 to 1.");
        Check(TypoMinLength >= 1, nameof(TypoMinLength), TypoMinLength, "use 1 or more.");
        Check(TypoMinLengthForTwoEdits >= TypoMinLength, nameof(TypoMinLengthForTwoEdits), TypoMinLengthForTwoEdits, "use at least TypoMinLength.");
        Check(MaxTypoCorrections >= 0, nameof(MaxTypoCorrections), MaxTypoCorrections, "use 0 or more.");
        Check(float.IsFinite(ProximityWeight) && ProximityWeight >= 0, nameof(ProximityWeight), ProximityWeight, "use a number >= 0.");
        Check(ProximityWindow >= 1, nameof(ProximityWindow), ProximityWindow, "use 1 or more.");
        Check(RescoreDepth >= 0, nameof(RescoreDepth), RescoreDepth, "use 0 or more.");
        Check(float.IsFinite(TitleCoverageWeight) && TitleCoverageWeight >= 0, nameof(TitleCoverageWeight), TitleCoverageWeight, "use a number >= 0.");
        Require(TitleField is not null, "TitleField must not be null.");
        Check(MaxQueryTerms >= 0, nameof(MaxQueryTerms), MaxQueryTerms, "use 0 or more.");
        return problems ?? (IReadOnlyList<string>)[];
    }
}
