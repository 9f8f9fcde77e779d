namespace FaqBot.Knowledge.Articles;

/// <summary>One curated article: its front matter and its Markdown body.</summary>
/// <param name="Id">Path under the knowledge folder without the extension, with '/' separators
/// (e.g. <c>GARD/0001521-congenital-hypothyroidism</c>).</param>
/// <param name="Title">The <c>title</c> front matter value.</param>
/// <param name="Source">The <c>source</c> front matter value (site or publisher).</param>
/// <param name="Origin">The <c>origin</c> front matter value (the file the article was curated from);
/// the article's own relative file path when the front matter does not state one.</param>
/// <param name="Url">The <c>url</c> front matter value, when stated.</param>
/// <param name="Published">The <c>published</c> date, when stated.</param>
/// <param name="Author">The <c>author</c>, when stated.</param>
/// <param name="Reviewed">The <c>reviewed</c> date, when stated.</param>
/// <param name="Body">The Markdown after the front matter, exactly as in the file. Every passage text is a substring of it.</param>
/// <param name="FilePath">Full path of the file the article was read from.</param>
public sealed record Article(
    string Id,
    string Title,
    string Source,
    string Origin,
    string? Url,
    DateOnly? Published,
    string? Author,
    DateOnly? Reviewed,
    string Body,
    string FilePath);
