namespace FaqBot.Knowledge.Passages;

/// <summary>Finds sentence spans in a range of text, so long paragraphs can be cut between sentences.</summary>
internal static class SentenceSplitter
{
    private const string Terminators = ".!?…";
    private const string Closers = ")]\"'’”»";

    // "Dr. Smith" or "e.g. Lioresal" must not end a sentence; "etc." often does, so it is not listed.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "st", "vs", "e.g", "i.e", "fig", "approx", "jr", "sr", "prof", "no",
    };

    /// <summary>Sentence spans of <paramref name="text"/>[start..end), each trimmed of surrounding whitespace.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text, int start, int end)
    {
        var spans = new List<(int, int)>();
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(spans, text, sentenceStart, i);
                sentenceStart = i + 1;
                i++;
                continue;
            }

            if (!Terminators.Contains(c))
            {
                i++;
                continue;
            }

            var after = i;
            while (after < end && Terminators.Contains(text[after]))
            {
                after++;
            }

            while (after < end && Closers.Contains(text[after]))
            {
                after++;
            }

            if (after < end && text[after] is ' ' or '\t' && StartsSentence(text, after, end) && !IsAbbreviation(text, sentenceStart, i, c))
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

    private static bool IsAbbreviation(string text, int sentenceStart, int terminator, char c)
    {
        if (c != '.')
        {
            return false;
        }

        var wordStart = terminator;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        return Abbreviations.Contains(text[wordStart..terminator]);
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
