namespace FaqBot.Search.Indexing;

/// <summary>
/// All distinct terms of the index (over every field), grouped by length, with the highest document
/// frequency any field gives them and a bit mask of the letters they contain. Typo lookup scans only
/// the length buckets within the allowed distance and skips most terms on the letter mask alone.
/// </summary>
internal sealed class TermVocabulary
{
    private readonly Dictionary<string, int> docFreqs = new(StringComparer.Ordinal);
    private readonly string[] terms;
    private readonly uint[] masks;
    private readonly int[] lengthStart;

    public TermVocabulary(IReadOnlyList<FieldIndex> fields)
    {
        foreach (var field in fields)
        {
            for (int t = 0; t < field.TermCount; t++)
            {
                int df = field.DocFreq(t);
                string term = field.Terms[t];
                docFreqs[term] = Math.Max(df, docFreqs.GetValueOrDefault(term));
            }
        }

        terms = docFreqs.Keys.OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray();
        masks = terms.Select(LetterMask).ToArray();
        int maxLength = terms.Length == 0 ? 0 : terms[^1].Length;
        lengthStart = new int[maxLength + 2];
        foreach (string term in terms)
        {
            lengthStart[term.Length + 1]++;
        }

        for (int i = 1; i < lengthStart.Length; i++)
        {
            lengthStart[i] += lengthStart[i - 1];
        }
    }

    public int Count => terms.Length;

    public bool Contains(string term) => docFreqs.ContainsKey(term);

    public int DocFreq(string term) => docFreqs.GetValueOrDefault(term);

    /// <summary>Terms whose length is within [<paramref name="min"/>, <paramref name="max"/>], with their masks.</summary>
    public IEnumerable<(string Term, uint Mask)> TermsOfLength(int min, int max)
    {
        min = Math.Max(min, 0);
        max = Math.Min(max, lengthStart.Length - 2);
        for (int i = min <= max ? lengthStart[min] : 0; min <= max && i < lengthStart[max + 1]; i++)
        {
            yield return (terms[i], masks[i]);
        }
    }

    /// <summary>One bit per letter a–z (folded to lower case), one shared bit for everything else.</summary>
    public static uint LetterMask(string term)
    {
        uint mask = 0;
        foreach (char c in term)
        {
            int bit = c is >= 'a' and <= 'z' ? c - 'a' : c is >= 'A' and <= 'Z' ? c - 'A' : 26;
            mask |= 1u << bit;
        }

        return mask;
    }
}
