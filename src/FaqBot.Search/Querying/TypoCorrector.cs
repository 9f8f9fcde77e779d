using System.Numerics;
using FaqBot.Search.Indexing;

namespace FaqBot.Search.Querying;

/// <summary>
/// Finds vocabulary terms close to a query term that the index does not contain. It compares stems,
/// not surface words: the index holds only stems, and the misspelt word went through the same
/// stemmer, so a typo in the middle of a word ("anxeity" → anxeiti vs anxieti) stays one edit away
/// while shared suffixes are already stripped on both sides. Length limits count the letters the
/// user typed, so short words (where one edit makes another real word) are never "corrected".
/// </summary>
internal static class TypoCorrector
{
    public static IReadOnlyList<(string Term, int Distance)> Correct(
        TermVocabulary vocabulary, string term, string typedWord, SearchOptions options)
    {
        int letters = typedWord.Count(char.IsLetter);
        int maxDistance = letters >= options.TypoMinLengthForTwoEdits ? 2 : letters >= options.TypoMinLength ? 1 : 0;
        if (maxDistance == 0 || options.MaxTypoCorrections <= 0 || term.Length > 64)
        {
            return [];
        }

        uint mask = TermVocabulary.LetterMask(term);
        var found = new List<(string Term, int Distance, int DocFreq)>();
        foreach (var (candidate, candidateMask) in vocabulary.TermsOfLength(term.Length - maxDistance, term.Length + maxDistance))
        {
            // Each edit changes the letter set by at most two letters, so a larger difference can be skipped unseen.
            if (BitOperations.PopCount(mask ^ candidateMask) > 2 * maxDistance)
            {
                continue;
            }

            int distance = EditDistance.Bounded(term, candidate, maxDistance);
            if (distance <= maxDistance && distance > 0)
            {
                found.Add((candidate, distance, vocabulary.DocFreq(candidate)));
            }
        }

        if (found.Count == 0)
        {
            return [];
        }

        // Only the closest distance found: a one-edit match beats every two-edit one.
        int closest = found.Min(c => c.Distance);
        return found
            .Where(c => c.Distance == closest)
            .OrderByDescending(c => c.DocFreq)
            .ThenBy(c => c.Term, StringComparer.Ordinal)
            .Take(options.MaxTypoCorrections)
            .Select(c => (c.Term, c.Distance))
            .ToList();
    }
}
