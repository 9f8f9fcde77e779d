using System.Text;
using FaqBot.Answers.Composition;

namespace FaqBot.Rendering;

/// <summary>
/// Renders an <see cref="Answer"/> as text for a person in a terminal: the lead sentences (including how
/// the question was read), each excerpt with its source, the disclaimer set apart, then follow-up suggestions.
/// </summary>
internal static class AnswerTextRenderer
{
    private const string AnsiBold = "\u001b[1m";
    private const string AnsiNormal = "\u001b[22m";

    public static string Render(Answer answer, EmphasisStyle style)
    {
        // The lead already says how the question was read ("Showing results for: ..."), so
        // Answer.InterpretedAs is not printed again.
        var text = new StringBuilder();
        foreach (var line in answer.Lead)
        {
            text.Append(line).Append('\n');
        }

        foreach (var excerpt in answer.Excerpts)
        {
            SeparateBlock(text);
            AppendExcerpt(text, excerpt, style);
        }

        if (answer.Disclaimer is { Length: > 0 } disclaimer)
        {
            SeparateBlock(text);
            text.Append(disclaimer).Append('\n');
        }

        if (answer.Suggestions.Count > 0)
        {
            SeparateBlock(text);
            text.Append(answer.Kind == AnswerKind.LowConfidence ? "Did you mean:" : "You could ask:").Append('\n');
            foreach (var suggestion in answer.Suggestions)
            {
                text.Append("  - ").Append(suggestion).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The source line of an excerpt: article title, section, publisher and review date.</summary>
    private static string DescribeSource(Excerpt excerpt)
    {
        var source = new StringBuilder(excerpt.ArticleTitle);
        if (excerpt.Section.Length > 0)
        {
            source.Append(" > ").Append(excerpt.Section);
        }

        var details = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(excerpt.ArticleSource))
        {
            details.Add(excerpt.ArticleSource);
        }

        if (!string.IsNullOrWhiteSpace(excerpt.Reviewed))
        {
            details.Add("reviewed " + excerpt.Reviewed);
        }

        if (details.Count > 0)
        {
            source.Append(" (").AppendJoin("; ", details).Append(')');
        }

        return source.ToString();
    }

    private static void AppendExcerpt(StringBuilder text, Excerpt excerpt, EmphasisStyle style)
    {
        // The excerpt as written (a quoted list keeps its own numbering), then where it comes from.
        const string Indent = "    ";
        text.Append(Emphasise(excerpt.Text.Trim('\n', '\r'), excerpt.Highlights, style)).Append('\n');
        text.Append(Indent).Append("Source: ").Append(DescribeSource(excerpt)).Append('\n');
        text.Append(Indent).Append("Link: ").Append(excerpt.Link).Append('\n');
    }

    private static string Emphasise(string text, IReadOnlyList<TextSpan> highlights, EmphasisStyle style)
    {
        if (style == EmphasisStyle.None || highlights.Count == 0)
        {
            return text;
        }

        var (open, close) = style == EmphasisStyle.Ansi ? (AnsiBold, AnsiNormal) : ("**", "**");
        var result = new StringBuilder(text.Length + (highlights.Count * 8));
        var position = 0;
        foreach (var (start, end) in MergedRanges(text, highlights))
        {
            result.Append(text, position, start - position).Append(open).Append(text, start, end - start).Append(close);
            position = end;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>
    /// The highlighted ranges in order, clamped to the text (spans come from the engine; a bad one must
    /// never break the reply), with neighbours separated only by spaces joined: "**side effects**".
    /// </summary>
    private static List<(int Start, int End)> MergedRanges(string text, IReadOnlyList<TextSpan> highlights)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (var span in highlights.OrderBy(span => span.Start))
        {
            var floor = ranges.Count > 0 ? ranges[^1].End : 0;
            var start = Math.Clamp(span.Start, floor, text.Length);
            var end = Math.Clamp(span.Start + span.Length, start, text.Length);
            if (end == start)
            {
                continue;
            }

            if (ranges.Count > 0 && text.AsSpan(floor, start - floor).Trim(' ').IsEmpty)
            {
                ranges[^1] = (ranges[^1].Start, end);
            }
            else
            {
                ranges.Add((start, end));
            }
        }

        return ranges;
    }

    private static void SeparateBlock(StringBuilder text)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
        }
    }
}
