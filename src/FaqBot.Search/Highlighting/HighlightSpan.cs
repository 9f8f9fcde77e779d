namespace FaqBot.Search.Highlighting;

/// <summary>A matched word: offset and length into the highlighted text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct HighlightSpan(int Start, int Length);
