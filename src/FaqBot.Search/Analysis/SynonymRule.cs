namespace FaqBot.Search.Analysis;

/// <summary>One entry of a synonym map: an analysed term sequence and what it expands to.</summary>
internal sealed record SynonymRule(IReadOnlyList<string> Input, IReadOnlyList<IReadOnlyList<string>> Alternatives);
