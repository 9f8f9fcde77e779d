using System.Text;
using FaqBot.Answers.Composition;

namespace FaqBot.BotFramework.Rendering;

/// <summary>
/// Markdown for channels without Adaptive Cards (and the text parts of cards): excerpts as quotes with
/// the matched words in bold, each followed by its source link, the disclaimer set apart at the end.
/// </summary>
internal static class MarkdownAnswerFormatter
{
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

    /// <summary>The excerpt with each highlight span wrapped in <c>**</c>.</summary>
    public static string Emphasize(Excerpt excerpt)
    {
        var text = excerpt.Text;
        var builder = new StringBuilder(text.Length + (excerpt.Highlights.Count * 4));
        var position = 0;
        foreach (var span in excerpt.Highlights.OrderBy(s => s.Start))
        {
            var (start, end) = Tighten(text, span.Start, span.Start + span.Length);

            // Overlapping, out-of-range, blank or multi-line spans would produce broken Markdown: skip them.
            if (start < position || end > text.Length || start >= end || text.AsSpan(start, end - start).Contains('\n'))
            {
                continue;
            }

            builder.Append(text, position, start - position).Append("**").Append(text, start, end - start).Append("**");
            position = end;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary><c>[Title › Section](absolute link)</c>.</summary>
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
        var source = string.IsNullOrWhiteSpace(excerpt.ArticleSource) ? "" : $" ({excerpt.ArticleSource})";
        return $"[{escapedLabel}]({url}){source}";
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
}
