using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace FaqBot.Search.Analysis;

/// <summary>
/// The English analysis chain of Lucene's EnglishAnalyzer, plus ASCII folding: <see cref="StandardTokenizer"/> →
/// <see cref="EnglishPossessiveFilter"/> → <see cref="LowerCaseFilter"/> → <see cref="AsciiFoldingFilter"/> →
/// <see cref="StopFilter"/> → <see cref="PorterStemFilter"/> (Lucene's edition of the Porter stemmer).
/// Thread-safe; one instance can serve the index builder and every query.
/// </summary>
public sealed class EnglishAnalyzer : Analyzer
{
    // Every filter looks at one token alone, so a word always analyses the same way: remember the result per
    // surface form. Bounded in entries and word length so adversarial input cannot make it big (at most a few
    // tens of megabytes); other words are analysed each time.
    private const int MaxCachedWords = 200_000;
    private const int MaxCachedWordLength = 24;

    // Marks a word the chain removes (a stop word) in the cache.
    private const string Removed = "\0removed";

    private readonly StandardTokenizer tokenizer;
    private readonly TokenFilter[] filters;
    private readonly ConcurrentDictionary<string, string> cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> cacheLookup;

    // ConcurrentDictionary.Count takes every lock of the table, far too slow to ask on each miss.
    private int cachedWords;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="stopWords">Words to remove (compared after lower-casing and folding); null for Lucene's set.</param>
    public EnglishAnalyzer(IReadOnlySet<string>? stopWords = null)
    {
        (tokenizer, filters) = CreateChain(stopWords ?? LuceneStopWords);
        cacheLookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The 33 words of Lucene's English stop set (StopAnalyzer.ENGLISH_STOP_WORDS_SET).</summary>
    public static IReadOnlySet<string> LuceneStopWords { get; } = new[]
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IReadOnlyList<Token> Analyze(string text)
    {
        var tokens = new List<Token>();
        Analyze(text, tokens);
        return tokens;
    }

    /// <inheritdoc />
    public override void Analyze(string text, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        TermBuffer? buffer = null;
        var cursor = 0;
        var position = -1;
        while (tokenizer.Next(text, ref cursor, out var start, out var end))
        {
            position++;
            var term = AnalyzeWord(text.AsSpan(start, end - start), ref buffer);
            if (term is not null)
            {
                output.Add(new Token(term, position, start, end));
            }
        }
    }

    // The whole chain in the order it runs: Lucene's EnglishAnalyzer with ASCII folding added after lower-casing.
    private static (StandardTokenizer Tokenizer, TokenFilter[] Filters) CreateChain(IReadOnlySet<string> stopWords) =>
    (
        new StandardTokenizer(),
        [
            new EnglishPossessiveFilter(),
            new LowerCaseFilter(),
            new AsciiFoldingFilter(),
            new StopFilter(NormalizeStopWords(stopWords)),
            new PorterStemFilter(new PorterStemmer(PorterStemmerVariant.Lucene)),
        ]
    );

    // Configured stop words go through the same case and accent normalization as the tokens they are compared to.
    private static IEnumerable<string> NormalizeStopWords(IReadOnlySet<string> stopWords)
    {
        var lower = new LowerCaseFilter();
        var folding = new AsciiFoldingFilter();
        var buffer = new TermBuffer();
        foreach (var word in stopWords)
        {
            buffer.Set(word.AsSpan().Trim());
            lower.Apply(buffer);
            folding.Apply(buffer);
            yield return buffer.ToString();
        }
    }

    private string? AnalyzeWord(ReadOnlySpan<char> word, ref TermBuffer? buffer)
    {
        if (cacheLookup.TryGetValue(word, out var cached))
        {
            return ReferenceEquals(cached, Removed) ? null : cached;
        }

        buffer ??= new TermBuffer();
        buffer.Set(word);
        string? term = null;
        if (ApplyFilters(buffer))
        {
            term = buffer.ToString();
        }

        if (word.Length <= MaxCachedWordLength && Volatile.Read(ref cachedWords) < MaxCachedWords)
        {
            // Most words ("baclofen") are their own term: one string serves as key and value.
            var key = term is not null && word.SequenceEqual(term) ? term : word.ToString();
            if (cache.TryAdd(key, term ?? Removed))
            {
                Interlocked.Increment(ref cachedWords);
            }
        }

        return term;
    }

    private bool ApplyFilters(TermBuffer buffer)
    {
        foreach (var filter in filters)
        {
            if (!filter.Apply(buffer))
            {
                return false;
            }
        }

        return true;
    }
}
