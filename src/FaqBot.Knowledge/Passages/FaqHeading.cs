namespace FaqBot.Knowledge.Passages;

/// <summary>Decides whether a heading is the question of a FAQ pair.</summary>
internal static class FaqHeading
{
    // A trailing '?' alone would also catch taglines such as "Unraveling the Mystery: Does Baclofen Ease Anxiety?",
    // whose section is an introduction, not an answer; real FAQ headings open with a question word.
    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "what's", "how", "can", "could", "does", "do", "did", "is", "are", "was", "were", "who", "whom",
        "whose", "why", "when", "where", "which", "should", "will", "would", "may", "might", "has", "have", "had",
        "am", "shall", "must", "isn't", "aren't", "doesn't", "don't", "can't",
    };

    public static bool IsQuestion(string heading)
    {
        var text = heading.Trim();
        if (!text.EndsWith('?'))
        {
            return false;
        }

        var end = 0;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '’'))
        {
            end++;
        }

        return QuestionWords.Contains(text[..end].Replace('’', '\''));
    }
}
