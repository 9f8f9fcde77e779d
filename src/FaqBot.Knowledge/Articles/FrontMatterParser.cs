using System.Text;
using System.Text.RegularExpressions;

namespace FaqBot.Knowledge.Articles;

/// <summary>
/// Reads the <c>key: value</c> block between the two <c>---</c> lines at the top of an article.
/// A deliberately small YAML subset: one scalar per line, plain, "double-quoted" (with \" and \\ escapes)
/// or 'single-quoted' (with '' for a quote); blank and <c>#</c> lines are skipped.
/// </summary>
internal static partial class FrontMatterParser
{
    private const string Delimiter = "---";

    /// <summary>The parsed values and where the body starts.</summary>
    internal sealed record Result(IReadOnlyDictionary<string, (string Value, int Line)> Values, int BodyStart, int BodyLine, int ClosingLine);

    public static Result Parse(string text)
    {
        var lineStart = 0;
        var lineNumber = 1;
        if (!TryReadLine(text, ref lineStart, out var first) || first.TrimEnd() != Delimiter)
        {
            throw new ArticleFormatException(1, "missing front matter: the file must start with a '---' line, then 'title: ...' and 'source: ...', then '---'");
        }

        var values = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        while (TryReadLine(text, ref lineStart, out var line))
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed == Delimiter)
            {
                return new Result(values, lineStart, lineNumber + 1, lineNumber);
            }

            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var match = KeyValue().Match(line);
            if (!match.Success && !HasDelimiterAfter(text, lineStart))
            {
                throw new ArticleFormatException(1, $"front matter is never closed: add a '---' line after the last 'key: value' line (line {lineNumber} is article text)");
            }

            if (!match.Success)
            {
                throw new ArticleFormatException(lineNumber, $"bad front matter line '{Shorten(trimmed)}': expected 'key: value'");
            }

            var key = match.Groups["key"].Value;
            if (values.ContainsKey(key))
            {
                throw new ArticleFormatException(lineNumber, $"front matter key '{key}' is given twice");
            }

            values[key] = (Unquote(match.Groups["value"].Value.Trim(), lineNumber), lineNumber);
        }

        throw new ArticleFormatException(1, "front matter is never closed: add a '---' line after the last 'key: value' line");
    }

    private static bool HasDelimiterAfter(string text, int start)
    {
        while (TryReadLine(text, ref start, out var line))
        {
            if (line.Trim() == Delimiter)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads one line (without its line break); false at the end of the text.</summary>
    private static bool TryReadLine(string text, ref int start, out string line)
    {
        if (start >= text.Length)
        {
            line = "";
            return false;
        }

        var end = text.IndexOf('\n', start);
        var next = end < 0 ? text.Length : end + 1;
        line = text[start..(end < 0 ? text.Length : end)].TrimEnd('\r');
        start = next;
        return true;
    }

    private static string Unquote(string value, int line)
    {
        if (value.Length == 0 || (value[0] != '"' && value[0] != '\''))
        {
            return value;
        }

        var quote = value[0];
        var result = new StringBuilder(value.Length);
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (quote == '"' && c == '\\' && i + 1 < value.Length)
            {
                result.Append(value[++i] switch { 'n' => '\n', 't' => '\t', var other => other });
            }
            else if (c == quote && quote == '\'' && i + 1 < value.Length && value[i + 1] == '\'')
            {
                result.Append('\'');
                i++;
            }
            else if (c == quote)
            {
                if (i != value.Length - 1)
                {
                    throw new ArticleFormatException(line, $"unexpected text after the closing {quote} in '{Shorten(value)}'");
                }

                return result.ToString();
            }
            else
            {
                result.Append(c);
            }
        }

        throw new ArticleFormatException(line, $"the quoted value {Shorten(value)} has no closing {quote}");
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(?<value>.*)|[ \t]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();
}
