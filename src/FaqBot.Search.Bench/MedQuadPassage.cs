namespace FaqBot.Search.Bench;

/// <summary>One <c>##</c> section of a MedQuAD article.</summary>
/// <param name="Id">Article path relative to the articles folder, '#', section number (1-based).</param>
/// <param name="ArticlePath">Article path relative to the articles folder, '/' separators.</param>
/// <param name="Title">Front-matter title.</param>
/// <param name="Heading">Section heading text.</param>
/// <param name="Text">Section body, trimmed.</param>
internal sealed record MedQuadPassage(string Id, string ArticlePath, string Title, string Heading, string Text);
