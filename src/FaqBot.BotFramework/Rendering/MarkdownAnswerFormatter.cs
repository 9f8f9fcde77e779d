using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using FaqBot.Answers.Composition;

namespace FaqBot.BotFramework.Rendering;

/// <summary>
/// Markdown for channels without Adaptive Cards (and the text parts of cards): excerpts as quotes with
/// the matched words in bold, each followed by its source link, the disclaimer set apart at the end.
/// </summary>
internal static partial class MarkdownAnswerFormatter
{
    private const char NoBreakSpace = '\u00A0';

    // Invisible and not whitespace, so a line starting with it cannot start a Markdown block.
    private const char WordJoiner = '\u2060';

    // Characters that would start emphasis, code, links or strikethrough in article text.
    private static readonly SearchValues<char> InlineSyntax = SearchValues.Create("\\*_`[]~");

    public static string Format(Answer answer, RenderContext context)
    {
        var builder = new StringBuilder();
        foreach (var lead in answer.Lead)
        {
            AppendParagraph(builder, lead);
        }

        foreach (var excerpt in answer.Excerpts)
        {
            AppendParagraph(builder, Quote(Emphasize(excerpt)));
            AppendParagraph(builder, "— " + SourceLink(excerpt, context));
        }

        if (!string.IsNullOrWhiteSpace(answer.Disclaimer))
        {
            AppendParagraph(builder, "---");
            AppendParagraph(builder, "_" + answer.Disclaimer.Trim() + "_");
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// The excerpt as Markdown that shows it verbatim: each highlight span wrapped in <c>**</c>, every line of
    /// the article its own paragraph (Teams and Web Chat join single line breaks, which ran list items
    /// together), and nothing in the article text read as Markdown syntax (see <see cref="AppendLine"/>).
    /// </summary>
    public static string Emphasize(Excerpt excerpt)
    {
        var text = excerpt.Text;
        var spans = ValidSpans(text, excerpt.Highlights);
        var builder = new StringBuilder(text.Length + (spans.Count * 4) + 16);
        var lines = new List<(int Start, int End)>();
        for (var lineStart = 0; lineStart <= text.Length;)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            lines.Add((lineStart, lineEnd));
            lineStart = lineEnd + 1;
        }

        var indents = ExcerptIndentation.Compute(text, lines);
        for (var i = 0; i < lines.Count; i++)
        {
            AppendLine(builder, text, lines[i], indents[i], spans);
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary><c>[Title › Section](absolute link) (Source, reviewed date)</c>.</summary>
    public static string SourceLink(Excerpt excerpt, RenderContext context)
    {
        var label = string.IsNullOrWhiteSpace(excerpt.Section) ? excerpt.ArticleTitle : $"{excerpt.ArticleTitle} › {excerpt.Section}";
        var escapedLabel = label.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal)
            .Replace("]", "\\]", StringComparison.Ordinal);
        var url = context.ResolveLink(excerpt.Link)
            .Replace(" ", "%20", StringComparison.Ordinal)
            .Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal);
        var about = new[] { excerpt.ArticleSource, string.IsNullOrWhiteSpace(excerpt.Reviewed) ? null : "reviewed " + excerpt.Reviewed }
            .Where(part => !string.IsNullOrWhiteSpace(part))
            .ToList();
        var source = about.Count == 0 ? "" : $" ({string.Join(", ", about)})";
        return $"[{escapedLabel}]({url}){source}";
    }

    // Overlapping, out-of-range, blank or multi-line spans would produce broken Markdown: they are dropped.
    private static List<(int Start, int End)> ValidSpans(string text, IReadOnlyList<TextSpan> highlights)
    {
        var spans = new List<(int Start, int End)>();
        var position = 0;
        foreach (var span in highlights.OrderBy(s => s.Start))
        {
            var (start, end) = Tighten(text, span.Start, span.Start + span.Length);
            if (start < position || end > text.Length || start >= end || text.AsSpan(start, end - start).Contains('\n'))
            {
                continue;
            }

            spans.Add((start, end));
            position = end;
        }

        return spans;
    }

    /// <summary>
    /// One article line as a paragraph. Its indentation (see <see cref="ExcerptIndentation"/>) becomes no-break spaces (kept visible, and four
    /// spaces would otherwise start a code block); an indented line or a leading list, heading or quote
    /// marker gets a word joiner in front so that "  4. Side effects" is not renumbered "1." by the
    /// renderer. Inline Markdown characters are backslash-escaped.
    /// </summary>
    private static void AppendLine(StringBuilder builder, string text, (int Start, int End) line, int indent, List<(int Start, int End)> spans)
    {
        var (start, end) = line;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var content = start;
        while (content < end && text[content] is ' ' or '\t')
        {
            content++;
        }

        if (content == end)
        {
            return;
        }

        // The joiner goes first: renderers trim leading whitespace, and JavaScript's trim takes no-break spaces too.
        if (indent > 0 || BlockMarker().IsMatch(text.AsSpan(content, end - content)))
        {
            builder.Append(WordJoiner);
        }

        builder.Append(NoBreakSpace, indent);

        var position = content;
        foreach (var (spanStart, spanEnd) in spans.Where(s => s.Start >= content && s.End <= end))
        {
            AppendEscaped(builder, text, position, spanStart);
            builder.Append("**");
            AppendEscaped(builder, text, spanStart, spanEnd);
            builder.Append("**");
            position = spanEnd;
        }

        AppendEscaped(builder, text, position, end);
        builder.Append("\n\n");
    }

    private static void AppendEscaped(StringBuilder builder, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (InlineSyntax.Contains(text[i]))
            {
                builder.Append('\\');
            }

            builder.Append(text[i]);
        }
    }

    private static (int Start, int End) Tighten(string text, int start, int end)
    {
        start = Math.Max(start, 0);
        end = Math.Min(end, text.Length);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static string Quote(string text) =>
        string.Join('\n', text.Trim().Split('\n').Select(line => "> " + line.TrimEnd('\r')));

    private static void AppendParagraph(StringBuilder builder, string paragraph)
    {
        if (!string.IsNullOrWhiteSpace(paragraph))
        {
            builder.Append(paragraph.Trim()).Append("\n\n");
        }
    }

    // Ordered ("4." "4)") and bullet ("-" "+" "*") list markers, headings, quotes, and rules/underlines.
    [GeneratedRegex(@"^(\d{1,9}[.)](\s|$)|[-+*](\s|$)|#|>|[-*_=]{3,}\s*$)")]
    private static partial Regex BlockMarker();
}
