namespace FaqBot.Answers.Intents;

/// <summary>
/// Maps misspelled words onto a small fixed vocabulary ("siezure" -> "seizure", "breth" -> "breath")
/// using Damerau-Levenshtein distance. Only words of five letters or more are corrected, and only by
/// one edit (two for words of nine letters or more), so short everyday words are never rewritten.
/// </summary>
public sealed class TypoCorrector
{
    private readonly HashSet<string> _vocabulary;
    private readonly string[] _candidates;

    /// <summary>Creates a corrector for the given vocabulary (lower-case words).</summary>
    public TypoCorrector(IEnumerable<string> vocabulary)
    {
        _vocabulary = new HashSet<string>(vocabulary, StringComparer.Ordinal);
        _candidates = [.. _vocabulary.Where(w => w.Length >= MinimumLength)];
    }

    private const int MinimumLength = 5;

    /// <summary>The vocabulary word closest to <paramref name="word"/>, or the word itself.</summary>
    public string Correct(string word)
    {
        if (word.Length < MinimumLength || _vocabulary.Contains(word))
        {
            return word;
        }

        var allowed = word.Length >= 9 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in _candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(word, candidate, allowed);
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best ?? word;
    }

    /// <summary>Optimal string alignment distance, giving up early once it exceeds <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var rows = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            rows[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var rowMinimum = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return rowMinimum;
            }
        }

        return rows[a.Length, b.Length];
    }
}
