namespace FaqBot.Knowledge.Passages;

/// <summary>A searchable piece of an article: a paragraph, or part of a long one.</summary>
/// <param name="Id"><c>{ArticleId}#{Position}</c>.</param>
/// <param name="ArticleId">The id of the article the passage comes from.</param>
/// <param name="Heading">The section heading as written, "" for text before the first heading (or after a <c>***</c> break).</param>
/// <param name="Anchor">URL fragment for the heading (see <see cref="HeadingAnchor"/>), "" when there is no heading.</param>
/// <param name="Text">Verbatim substring of the article body: <c>Body.Substring(Offset, Text.Length) == Text</c>.</param>
/// <param name="Offset">Where <paramref name="Text"/> starts in the article body.</param>
/// <param name="Position">0-based ordinal of the passage within its article.</param>
/// <param name="IsFaq">True when the heading is a question, so the passage is the answer of a FAQ pair.</param>
public sealed record Passage(
    string Id,
    string ArticleId,
    string Heading,
    string Anchor,
    string Text,
    int Offset,
    int Position,
    bool IsFaq)
{
    /// <summary>The title of the article the passage comes from.</summary>
    public string Title { get; init; } = "";
}
