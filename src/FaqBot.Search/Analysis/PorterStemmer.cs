namespace FaqBot.Search.Analysis;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer for lower-case English words. Thread-safe: it keeps no state.
/// </summary>
/// <param name="variant">The published algorithm (default) or the edition Lucene uses.</param>
public sealed partial class PorterStemmer(PorterStemmerVariant variant = PorterStemmerVariant.Original)
{
    /// <summary>The edition of the algorithm this stemmer follows.</summary>
    public PorterStemmerVariant Variant { get; } = variant;

    /// <summary>Stems one lower-case word.</summary>
    /// <param name="word">The word, for example "running".</param>
    /// <returns>The stem, for example "run"; the same instance when nothing changes.</returns>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(buffer);
        var length = Stem(buffer);
        var stem = buffer[..length];
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    /// <summary>Stems a word in place. Stems are never longer than their word.</summary>
    /// <param name="word">The word's characters; overwritten with the stem.</param>
    /// <returns>The length of the stem, which occupies the start of <paramref name="word"/>.</returns>
    public int Stem(Span<char> word)
    {
        // Porter's reference implementation leaves words of one or two letters alone; the published rules do not.
        if (word.Length == 0 || (Variant == PorterStemmerVariant.Lucene && word.Length <= 2))
        {
            return word.Length;
        }

        var stem = new Stemming(word, Variant == PorterStemmerVariant.Lucene);
        stem.Step1ab();
        if (stem.End > 0)
        {
            stem.Step1c();
            stem.Step2();
            stem.Step3();
            stem.Step4();
            stem.Step5();
        }

        return stem.End;
    }
}
