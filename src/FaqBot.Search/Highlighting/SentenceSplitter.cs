namespace FaqBot.Search.Highlighting;

/// <summary>
/// Finds sentences in text: a sentence ends after '.', '!', '?', '…' or '。' (with any closing quotes or
/// brackets) followed by whitespace and a character that is not lower case, and at every line break (list
/// items and paragraphs are units of their own). A period after a single letter ("J. Smith") or a common
/// abbreviation ("e.g.", "Dr.") does not end a sentence. The highlighter and the knowledge base's passage
/// splitter both use it, so an excerpt and the passage it comes from agree on where sentences end.
/// </summary>
public static class SentenceSplitter
{
    private const string Terminators = ".!?…\u3002";
    private const string Closers = ")]\"'’”»";

    // "etc." is left out on purpose: it ends a sentence more often than not.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "st", "vs", "e.g", "i.e", "fig", "approx", "inc", "jr", "sr", "prof", "no",
    };

    /// <summary>The sentences of the whole <paramref name="text"/>; see <see cref="Split(string, int, int)"/>.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, 0, text.Length);
    }

    /// <summary>
    /// The sentences of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) in order, as
    /// absolute [Start, End) ranges trimmed of surrounding whitespace; blank text has none.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        var spans = new List<(int, int)>();
        int sentenceStart = start;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                Add(spans, text, sentenceStart, i);
                sentenceStart = ++i;
                continue;
            }

            if (!Terminators.Contains(c))
            {
                i++;
                continue;
            }

            int after = i;
            while (after < end && Terminators.Contains(text[after]))
            {
                after++;
            }

            while (after < end && Closers.Contains(text[after]))
            {
                after++;
            }

            if (after < end && text[after] is ' ' or '\t' && StartsSentence(text, after, end) && !IsAbbreviation(text, sentenceStart, i))
            {
                Add(spans, text, sentenceStart, after);
                sentenceStart = after;
            }

            i = after;
        }

        Add(spans, text, sentenceStart, end);
        return spans;
    }

    private static bool StartsSentence(string text, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from < end && !char.IsLower(text[from]);
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int terminator)
    {
        if (text[terminator] != '.')
        {
            return false;
        }

        int wordStart = terminator;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        int length = terminator - wordStart;
        return length == 1 || Abbreviations.Contains(text[wordStart..terminator]);
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add((start, end));
        }
    }
}
