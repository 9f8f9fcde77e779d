using System.Text.RegularExpressions;

namespace FaqBot.Knowledge.Passages;

/// <summary>The few line-level Markdown rules passage splitting needs (CommonMark's ATX headings, fences, breaks).</summary>
internal static partial class MarkdownLines
{
    /// <summary>Line spans of <paramref name="text"/>, without their "\n" or "\r\n".</summary>
    public static IEnumerable<(int Start, int End)> Read(string text) => Read(text, 0, text.Length);

    /// <summary>Line spans of <paramref name="text"/>[from..to).</summary>
    public static IEnumerable<(int Start, int End)> Read(string text, int from, int to)
    {
        var start = from;
        while (start < to)
        {
            var newline = text.IndexOf('\n', start, to - start);
            var end = newline < 0 ? to : newline;
            yield return (start, end > start && text[end - 1] == '\r' ? end - 1 : end);
            start = end + 1;
        }
    }

    public static bool TryReadHeading(ReadOnlySpan<char> line, out string heading)
    {
        heading = "";
        if (FirstMarker(line) != '#')
        {
            return false;
        }

        var match = AtxHeading().Match(line.ToString());
        heading = match.Success ? match.Groups["text"].Value.Trim() : "";
        return match.Success;
    }

    public static bool IsThematicBreak(ReadOnlySpan<char> line) => FirstMarker(line) is '*' or '-' or '_' && ThematicBreak().IsMatch(line);

    public static bool IsFence(ReadOnlySpan<char> line, out string? fence)
    {
        fence = null;
        if (FirstMarker(line) is not ('`' or '~'))
        {
            return false;
        }

        var match = FenceOpening().Match(line.ToString());
        fence = match.Success ? match.Groups["fence"].Value : null;
        return match.Success;
    }

    public static bool ClosesFence(ReadOnlySpan<char> line, string fence)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.IndexOfAnyExcept(fence[0]) < 0;
    }

    /// <summary>
    /// The units a long paragraph may be cut between: its lines, where a line indented deeper than the paragraph's
    /// shallowest line (a nested list item) stays with the line above it.
    /// </summary>
    public static List<(int Start, int End)> Items(string text, int start, int end)
    {
        var lines = Read(text, start, end).ToList();
        var indents = lines.Select(line => Indent(text, line)).ToList();
        var shallowest = indents.Min();
        var items = new List<(int Start, int End)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (items.Count > 0 && indents[i] > shallowest)
            {
                items[^1] = (items[^1].Start, lines[i].End);
            }
            else
            {
                items.Add(lines[i]);
            }
        }

        return items;
    }

    // The first character after up to three spaces: block markers must start there, so most lines (prose) are
    // rejected without copying them for a regular expression.
    private static char FirstMarker(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < 3 && i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i < line.Length ? line[i] : '\0';
    }

    private static int Indent(string text, (int Start, int End) line)
    {
        var i = line.Start;
        while (i < line.End && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i - line.Start;
    }

    [GeneratedRegex(@"^ {0,3}#{1,6}(?:[ \t]+(?<text>.*?))?(?:[ \t]+#+)?[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$", RegexOptions.CultureInvariant)]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})", RegexOptions.CultureInvariant)]
    private static partial Regex FenceOpening();
}
