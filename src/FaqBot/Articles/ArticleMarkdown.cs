using FaqBot.Knowledge.Passages;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FaqBot.Articles;

/// <summary>
/// Renders an article's Markdown body to HTML that is safe to serve: raw HTML in the Markdown is shown
/// as text, links and images keep only harmless URL schemes, and each section heading gets the id that
/// excerpt links point at (<see cref="Passage.Anchor"/>).
/// </summary>
internal static class ArticleMarkdown
{
    // Deliberately not UseAdvancedExtensions: its generic attributes would let an article set onclick=... on elements.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseListExtras()
        .UseEmphasisExtras()
        .UseReferralLinks("nofollow", "noopener", "noreferrer")
        .Build();

    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    public static string ToHtml(string body, IEnumerable<Passage> passages)
    {
        var document = Markdown.Parse(body, Pipeline);
        AssignSectionAnchors(document, body, passages);
        NeutraliseUnsafeLinks(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>
    /// The sections of the page as (heading, anchor) in reading order, matched like the heading ids:
    /// the knowledge base decides anchors, the page only follows them.
    /// </summary>
    public static IReadOnlyList<(string Heading, string Anchor)> Sections(IEnumerable<Passage> passages)
    {
        var sections = new List<(string Heading, string Anchor)>();
        foreach (var passage in passages.OrderBy(passage => passage.Position))
        {
            if (passage.Anchor.Length > 0 && (sections.Count == 0 || sections[^1].Anchor != passage.Anchor))
            {
                sections.Add((passage.Heading.Trim(), passage.Anchor));
            }
        }

        return sections;
    }

    private static void AssignSectionAnchors(MarkdownDocument document, string body, IEnumerable<Passage> passages)
    {
        // A heading written twice gets two anchors from the knowledge base; hand them out in order.
        var anchorsByHeading = new Dictionary<string, Queue<string>>(StringComparer.Ordinal);
        foreach (var (heading, anchor) in Sections(passages))
        {
            if (!anchorsByHeading.TryGetValue(heading, out var queue))
            {
                anchorsByHeading[heading] = queue = new Queue<string>();
            }

            queue.Enqueue(anchor);
        }

        // Reserve every anchor the knowledge base handed out, so a made-up id can never collide with one.
        var used = anchorsByHeading.Values.SelectMany(queue => queue).ToHashSet(StringComparer.Ordinal);
        var unmatched = 0;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = HeadingText(body, heading);
            string id;
            if (anchorsByHeading.TryGetValue(text, out var queue) && queue.Count > 0)
            {
                id = queue.Dequeue();
            }
            else
            {
                // A heading with no passage of its own (e.g. directly followed by another heading).
                do
                {
                    id = $"heading-{++unmatched}";
                }
                while (used.Contains(id));
            }

            used.Add(id);
            heading.GetAttributes().Id = id;
        }
    }

    /// <summary>The heading as written in the source, without the <c>#</c> markers.</summary>
    private static string HeadingText(string body, HeadingBlock heading)
    {
        var start = Math.Clamp(heading.Span.Start, 0, body.Length);
        var end = Math.Clamp(heading.Span.End + 1, start, body.Length);
        var line = body[start..end].ReplaceLineEndings("\n").Split('\n')[0].Trim();
        line = line.TrimStart('#').Trim();
        // An ATX heading may close with a run of '#' after a space ("## Uses ##").
        var closing = line.TrimEnd('#');
        return closing.Length < line.Length && (closing.Length == 0 || closing.EndsWith(' ')) ? closing.Trim() : line;
    }

    private static void NeutraliseUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "#";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !IsSafeUrl(autolink.Url))
            {
                autolink.Url = "#";
            }
        }
    }

    /// <summary>Relative URLs and http(s)/mailto only: never javascript:, data: or vbscript:.</summary>
    internal static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so judge without them.
        var compact = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        return !hasScheme || SafeSchemes.Contains(compact[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
