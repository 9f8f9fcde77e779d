namespace FaqBot.Rendering;

/// <summary>How matched query terms are emphasised in terminal text.</summary>
internal enum EmphasisStyle
{
    /// <summary>No emphasis: the plain reply (the JSON <c>text</c> field).</summary>
    None,

    /// <summary>Markdown-style <c>**term**</c> markers, readable when output goes to a file or pipe.</summary>
    Markers,

    /// <summary>ANSI bold, for a terminal.</summary>
    Ansi,
}
