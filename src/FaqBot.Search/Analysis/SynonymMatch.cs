namespace FaqBot.Search.Analysis;

/// <summary>A run of query tokens that has synonyms.</summary>
/// <param name="StartToken">
/// Index of the first matched token in the token list given to <see cref="SynonymMap.FindMatches"/>.
/// </param>
/// <param name="TokenCount">
/// Number of tokens matched (more than one for multi-word entries such as "multiple sclerosis").
/// </param>
/// <param name="Alternatives">
/// The synonyms as analysed term sequences (one term each for single words), never including the matched terms themselves.
/// </param>
public sealed record SynonymMatch(int StartToken, int TokenCount, IReadOnlyList<IReadOnlyList<string>> Alternatives);
