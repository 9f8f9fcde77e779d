namespace FaqBot.Answers.Composition;

/// <summary>A verbatim piece of one article, with where it came from.</summary>
public sealed record Excerpt
{
    /// <summary>Verbatim text: always a substring of the article's Markdown body.</summary>
    public required string Text { get; init; }

    /// <summary>Spans of <see cref="Text"/> that matched the query, for emphasis.</summary>
    public IReadOnlyList<TextSpan> Highlights { get; init; } = [];

    public required string ArticleId { get; init; }
    public required string ArticleTitle { get; init; }

    /// <summary>The seed/original file the article was curated from (front matter <c>origin</c>).</summary>
    public string? ArticleOrigin { get; init; }

    /// <summary>Publisher or site (front matter <c>source</c>).</summary>
    public string? ArticleSource { get; init; }

    /// <summary>Date the article was last reviewed, shown with the excerpt when present.</summary>
    public string? Reviewed { get; init; }

    /// <summary>The section heading as written in the article, or empty for the lead section.</summary>
    public required string Section { get; init; }

    /// <summary>Site-relative link: <c>/articles/{id}#{section-anchor}</c>.</summary>
    public required string Link { get; init; }

    public double Score { get; init; }

    /// <summary>The passage the excerpt was cut from (<c>{articleId}#{position}</c>).</summary>
    public string PassageId { get; init; } = "";

    /// <summary>Where <see cref="Text"/> starts in the article's Markdown body.</summary>
    public int BodyOffset { get; init; }
}

/// <summary>A half-open character range [Start, Start + Length).</summary>
public readonly record struct TextSpan(int Start, int Length);
