namespace FaqBot.Knowledge;

/// <summary>Where the articles are and how they become passages (configuration section "Knowledge").</summary>
public sealed class KnowledgeOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Knowledge";

    /// <summary>The knowledge folder; every <c>*.md</c> under it (recursively) is an article. Relative paths are
    /// resolved against the current directory.</summary>
    public string Path { get; set; } = "knowledge";

    /// <summary>The Solr-format synonyms file, relative to <see cref="Path"/> (or absolute). A missing file means no synonyms.</summary>
    public string SynonymsFile { get; set; } = "synonyms.txt";

    /// <summary>Paragraphs up to this many characters are one passage; longer ones are cut between list items and sentences.</summary>
    public int PassageTargetLength { get; set; } = 600;

    /// <summary>Stop words for indexing and queries; null or empty means Lucene's English stop set.</summary>
    public string[]? StopWords { get; set; }

    /// <summary>Boost of the <c>faq</c> field (the question heading of a FAQ pair) added to the search field boosts by
    /// <see cref="KnowledgeBase.CreateSearchOptions"/> unless the configured boosts already name that field.
    /// 1 scored best on the dev questions (0, 2 and 3 each lost a top-1 hit or more).</summary>
    public float FaqBoost { get; set; } = 1f;

    /// <summary>Watch the folder and rebuild the index when articles or synonyms change.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long the folder must be quiet after a change before the rebuild starts (editors write files in several steps).</summary>
    public int ReloadDelayMilliseconds { get; set; } = 500;

    /// <summary>Describes the first invalid value, or null when the options are usable.</summary>
    public string? Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            return "Knowledge:Path is empty; set it to the folder holding the articles (default 'knowledge').";
        }

        if (PassageTargetLength is < 80 or > 100_000)
        {
            return $"Knowledge:PassageTargetLength is {PassageTargetLength}; use a length between 80 and 100000 characters.";
        }

        if (FaqBoost is < 0 or > 100 || float.IsNaN(FaqBoost))
        {
            return $"Knowledge:FaqBoost is {FaqBoost}; use a boost between 0 (off) and 100.";
        }

        if (ReloadDelayMilliseconds is < 0 or > 60_000)
        {
            return $"Knowledge:ReloadDelayMilliseconds is {ReloadDelayMilliseconds}; use 0 to 60000.";
        }

        return null;
    }
}
