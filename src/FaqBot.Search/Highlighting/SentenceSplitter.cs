namespace FaqBot.Search.Highlighting;

/// <summary>
/// Splits text into sentences: after '.', '!' or '?' (with closing quotes or brackets) followed by
/// whitespace and a capital letter, digit or opening punctuation, and at line breaks (list items and
/// paragraphs are units of their own). A period after a single letter ("J. Smith") or a common
/// abbreviation ("e.g.", "Dr.") does not end a sentence. Returned ranges exclude surrounding whitespace.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "dr", "mr", "mrs", "ms", "st", "vs", "etc", "no", "fig", "approx", "inc", "jr", "sr",
    };

    public static List<(int Start, int End)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                Add(text, start, i, sentences);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' or '\u3002')
            {
                int end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '.' or '!' or '?')
                {
                    end++;
                }

                if (IsBoundary(text, i, end))
                {
                    Add(text, start, end, sentences);
                    start = end;
                    i = end - 1;
                }
            }
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static bool IsBoundary(string text, int mark, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        int next = end;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        if (next < text.Length && !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '(' or '[' or '\u201C' or '-' or '*' || text[next] is '\n' or '\r'))
        {
            return false;
        }

        if (text[mark] != '.')
        {
            return true;
        }

        int wordStart = mark;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        string word = text[wordStart..mark];
        return word.Length != 1 && !Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, List<(int, int)> sentences)
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
            sentences.Add((start, end));
        }
    }
}
