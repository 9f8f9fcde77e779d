using FaqBot.Knowledge;
using FaqBot.Search.Analysis;
using FaqBot.Search.Querying;

namespace FaqBot.Answers.Retrieval;

/// <summary>
/// Relevance knobs from the "Search" configuration section, applied over the engine's defaults.
/// Unset values keep <see cref="SearchOptions.Default"/>.
/// </summary>
public sealed class SearchSettings
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Search";

    /// <summary>Field boosts (fields title, heading, text, faq). Null keeps the engine's defaults plus Knowledge:FaqBoost.</summary>
    public Dictionary<string, float>? FieldBoosts { get; set; }

    /// <summary>BM25 k1.</summary>
    public float? K1 { get; set; }

    /// <summary>BM25 b.</summary>
    public float? B { get; set; }

    /// <summary>Use the knowledge base's synonyms.</summary>
    public bool Synonyms { get; set; } = true;

    /// <summary>Weight of a synonym relative to the user's own word.</summary>
    public float? SynonymWeight { get; set; }

    /// <summary>Match misspelled words to close index terms.</summary>
    public bool? TypoTolerance { get; set; }

    /// <summary>Weight of a typo correction at distance 1.</summary>
    public float? TypoPenalty { get; set; }

    /// <summary>Reward passages where query words occur close together.</summary>
    public bool? Proximity { get; set; }

    /// <summary>Scale of the proximity bonus.</summary>
    public float? ProximityWeight { get; set; }

    /// <summary>Bonus for passages whose article title is covered by the question.</summary>
    public float? TitleCoverageWeight { get; set; }

    /// <summary>
    /// The search options for <paramref name="knowledge"/>: these settings over the engine's defaults, with the
    /// snapshot's synonyms (unless turned off) and FAQ-field boost added by the knowledge base.
    /// </summary>
    public SearchOptions ToSearchOptions(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var options = knowledge.CreateSearchOptions(ToEngineOptions());
        return Synonyms ? options : options with { Synonyms = SynonymMap.Empty };
    }

    /// <summary>The configured engine options, before the knowledge base adds its fields and synonyms.</summary>
    public SearchOptions ToEngineOptions()
    {
        var defaults = SearchOptions.Default;
        return defaults with
        {
            FieldBoosts = FieldBoosts is { Count: > 0 } boosts ? new Dictionary<string, float>(boosts, StringComparer.Ordinal) : defaults.FieldBoosts,
            K1 = K1 ?? defaults.K1,
            B = B ?? defaults.B,
            SynonymWeight = SynonymWeight ?? defaults.SynonymWeight,
            TypoTolerance = TypoTolerance ?? defaults.TypoTolerance,
            TypoPenalty = TypoPenalty ?? defaults.TypoPenalty,
            Proximity = Proximity ?? defaults.Proximity,
            ProximityWeight = ProximityWeight ?? defaults.ProximityWeight,
            TitleCoverageWeight = TitleCoverageWeight ?? defaults.TitleCoverageWeight,
        };
    }
}
