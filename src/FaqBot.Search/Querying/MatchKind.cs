namespace FaqBot.Search.Querying;

/// <summary>How a query term relates to what the user typed.</summary>
public enum MatchKind
{
    /// <summary>The analysed form of a word the user typed.</summary>
    Exact,

    /// <summary>An expansion from the synonym map, weighted by <see cref="SearchOptions.SynonymWeight"/>.</summary>
    Synonym,

    /// <summary>A vocabulary term close to a word that is not in the index, weighted by <see cref="SearchOptions.TypoPenalty"/>.</summary>
    Typo,
}
