using System.Text.RegularExpressions;

namespace FaqBot.BotFramework.Rendering;

/// <summary>
/// How far each line of an excerpt is indented when shown. Excerpts are trimmed, so one that starts
/// inside a list ("7. Pregnancy…\n  8. Overdose…") has lost its first line's indentation; it is taken
/// from the next line with the same kind of list marker, and the whole excerpt is then shifted left
/// so its least indented line starts at the margin.
/// </summary>
internal static partial class ExcerptIndentation
{
    /// <summary>The display indentation (in spaces) of each line; blank lines count as unindented.</summary>
    public static int[] Compute(string text, IReadOnlyList<(int Start, int End)> lines)
    {
        var indents = new int[lines.Count];
        var kinds = new string?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var content = start;
            while (content < end && text[content] is ' ' or '\t')
            {
                content++;
            }

            indents[i] = content - start;
            kinds[i] = content < end ? MarkerKind(text.AsSpan(content, end - content)) : null;
        }

        if (lines.Count > 0 && kinds[0] is { } firstKind)
        {
            var sibling = Array.FindIndex(kinds, 1, kind => kind == firstKind);
            if (sibling > 0)
            {
                indents[0] = indents[sibling];
            }
        }

        var margin = Enumerable.Range(0, lines.Count)
            .Where(i => lines[i].End > lines[i].Start && !text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start).IsWhiteSpace())
            .Select(i => indents[i])
            .DefaultIfEmpty(0)
            .Min();
        for (var i = 0; i < indents.Length; i++)
        {
            indents[i] = Math.Max(0, indents[i] - margin);
        }

        return indents;
    }

    // "ordered" for 1. / 1), the bullet character itself for bullets, null for text.
    private static string? MarkerKind(ReadOnlySpan<char> line)
    {
        if (OrderedMarker().IsMatch(line))
        {
            return "ordered";
        }

        return line.Length > 1 && "•◦▪‣·-*+".Contains(line[0]) && char.IsWhiteSpace(line[1]) ? line[0].ToString() : null;
    }

    [GeneratedRegex(@"^\d{1,9}[.)]\s")]
    private static partial Regex OrderedMarker();
}
