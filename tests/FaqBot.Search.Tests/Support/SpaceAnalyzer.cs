using FaqBot.Search.Analysis;

namespace FaqBot.Search.Tests.Support;

/// <summary>
/// A transparent analyzer for hand-computed scores: splits on spaces, lower-cases, and drops the given
/// stop words while leaving a position gap (as Lucene's StopFilter does). No stemming.
/// </summary>
internal sealed class SpaceAnalyzer(params string[] stopWords) : Analyzer
{
    private readonly HashSet<string> stop = new(stopWords, StringComparer.Ordinal);

    public override IReadOnlyList<Token> Analyze(string text)
    {
        var tokens = new List<Token>();
        int position = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && text[i] != ' ')
            {
                i++;
            }

            string term = text[start..i].ToLowerInvariant();
            if (!stop.Contains(term))
            {
                tokens.Add(new Token(term, position, start, i));
            }

            position++;
        }

        return tokens;
    }
}
