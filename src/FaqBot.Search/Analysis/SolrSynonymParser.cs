using System.Text;

namespace FaqBot.Search.Analysis;

/// <summary>Reads the Solr synonyms format into analysed rules, reporting malformed lines by number.</summary>
internal static class SolrSynonymParser
{
    // Terms of a phrase are joined with a character no token contains to key the merge dictionary.
    private const char TermSeparator = '\u0001';

    // With "errors" null the first malformed line throws; otherwise malformed lines are collected and skipped.
    public static List<SynonymRule> Parse(string text, Analyzer analyzer, ICollection<SynonymFormatException>? errors)
    {
        // Input key -> ordered, distinct alternatives; insertion order keeps the output deterministic.
        var expansions = new Dictionary<string, (string[] Input, List<string[]> Alternatives)>(StringComparer.Ordinal);
        // Line numbers count CR LF, LF and a lone CR as one line break each, as editors do.
        var lines = text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var content = (index == 0 ? line.TrimStart('\uFEFF') : line).Trim();
            if (content.Length == 0 || content[0] == '#')
            {
                continue;
            }

            try
            {
                ParseLine(expansions, content, analyzer, index + 1, line);
            }
            catch (SynonymFormatException error) when (errors is not null)
            {
                errors.Add(error);
            }
        }

        return expansions.Values
            .Where(e => e.Alternatives.Count > 0)
            .Select(e => new SynonymRule(e.Input, e.Alternatives.ToArray()))
            .ToList();
    }

    private static void ParseLine(
        Dictionary<string, (string[] Input, List<string[]> Alternatives)> expansions,
        string content,
        Analyzer analyzer,
        int lineNumber,
        string line)
    {
        // Analyse every entry before adding any, so a rejected line leaves no partial rules behind.
        var sides = SplitUnescaped(content, "=>");
        switch (sides.Count)
        {
            case 1:
                var group = AnalyzeSide(sides[0], analyzer, lineNumber, line, "the line");
                foreach (var entry in group)
                {
                    AddAll(expansions, entry, group);
                }

                break;
            case 2:
                var inputs = AnalyzeSide(sides[0], analyzer, lineNumber, line, "the left side of '=>'");
                var outputs = AnalyzeSide(sides[1], analyzer, lineNumber, line, "the right side of '=>'");
                foreach (var entry in inputs)
                {
                    AddAll(expansions, entry, outputs);
                }

                break;
            default:
                throw new SynonymFormatException(lineNumber, "more than one '=>' on one line", line);
        }
    }

    private static List<string[]> AnalyzeSide(string side, Analyzer analyzer, int lineNumber, string line, string where)
    {
        var entries = new List<string[]>();
        foreach (var piece in SplitUnescaped(side, ","))
        {
            var entry = Unescape(piece).Trim();
            if (entry.Length == 0)
            {
                // "a, , b" or a trailing comma: Solr skips empty entries too.
                continue;
            }

            var terms = analyzer.Analyze(entry).Select(token => token.Term).ToArray();
            if (terms.Length == 0)
            {
                throw new SynonymFormatException(
                    lineNumber, $"'{entry}' has no searchable words (only stop words or punctuation)", line);
            }

            entries.Add(terms);
        }

        if (entries.Count == 0)
        {
            throw new SynonymFormatException(lineNumber, $"{where} has no entries", line);
        }

        return entries;
    }

    private static void AddAll(
        Dictionary<string, (string[] Input, List<string[]> Alternatives)> expansions,
        string[] input,
        List<string[]> alternatives)
    {
        var key = string.Join(TermSeparator, input);
        if (!expansions.TryGetValue(key, out var expansion))
        {
            expansion = (input, []);
            expansions[key] = expansion;
        }

        foreach (var alternative in alternatives)
        {
            var isSelf = alternative.AsSpan().SequenceEqual(input);
            if (!isSelf && !expansion.Alternatives.Exists(known => known.AsSpan().SequenceEqual(alternative)))
            {
                expansion.Alternatives.Add(alternative);
            }
        }
    }

    // Splits at separators not preceded by a backslash; escapes stay in the pieces until Unescape.
    private static List<string> SplitUnescaped(string text, string separator)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0)
            {
                pieces.Add(text[start..i]);
                i += separator.Length - 1;
                start = i + 1;
            }
        }

        pieces.Add(text[start..]);
        return pieces;
    }

    private static string Unescape(string piece)
    {
        if (!piece.Contains('\\', StringComparison.Ordinal))
        {
            return piece;
        }

        var builder = new StringBuilder(piece.Length);
        for (var i = 0; i < piece.Length; i++)
        {
            // A backslash takes the next character literally; a trailing one is kept as written.
            if (piece[i] == '\\' && i + 1 < piece.Length)
            {
                i++;
            }

            builder.Append(piece[i]);
        }

        return builder.ToString();
    }
}
