namespace FaqBot.Search.Highlighting;

/// <summary>How much text <see cref="Highlighter"/> returns.</summary>
public sealed record HighlightOptions
{
    /// <summary>Longest fragment, in characters (UTF-16 code units).</summary>
    public int MaxLength { get; init; } = 320;

    /// <summary>Most fragments returned, best first; fragments never overlap.</summary>
    public int MaxFragments { get; init; } = 1;
}
