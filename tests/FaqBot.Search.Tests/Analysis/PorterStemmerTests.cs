using FaqBot.Search.Analysis;

namespace FaqBot.Search.Tests.Analysis;

public sealed class PorterStemmerTests
{
    private static readonly string DataFolder = Path.Combine(AppContext.BaseDirectory, "Analysis", "Data", "porter");

    [Fact]
    public void Stems_every_word_of_the_porter_vocabulary()
    {
        var words = File.ReadAllLines(Path.Combine(DataFolder, "voc.txt"));
        var stems = File.ReadAllLines(Path.Combine(DataFolder, "output.txt"));
        Assert.Equal(42_603, words.Length);
        Assert.Equal(words.Length, stems.Length);
        var stemmer = new PorterStemmer();

        var wrong = Enumerable.Range(0, words.Length)
            .Where(i => stemmer.Stem(words[i]) != stems[i])
            .Select(i => $"line {i + 1}: {words[i]} -> {stemmer.Stem(words[i])}, expected {stems[i]}")
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Lucene_variant_matches_the_vocabulary_except_the_departures_lucene_makes()
    {
        // lucene-departures.tsv was produced by running Lucene 4.10.4's PorterStemFilter over voc.txt: the 67 words
        // whose stem differs from output.txt, with Lucene's stem.
        var departures = File.ReadAllLines(Path.Combine(DataFolder, "lucene-departures.tsv"))
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        var words = File.ReadAllLines(Path.Combine(DataFolder, "voc.txt"));
        var stems = File.ReadAllLines(Path.Combine(DataFolder, "output.txt"));
        var stemmer = new PorterStemmer(PorterStemmerVariant.Lucene);

        var wrong = Enumerable.Range(0, words.Length)
            .Select(i => (Word: words[i], Actual: stemmer.Stem(words[i]),
                Expected: departures.GetValueOrDefault(words[i], stems[i])))
            .Where(x => x.Actual != x.Expected)
            .Select(x => $"{x.Word} -> {x.Actual}, expected {x.Expected}")
            .ToList();

        Assert.Equal(67, departures.Count);
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("agreed", "agre")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("relational", "relat")]
    [InlineData("generalization", "gener")]
    [InlineData("electricity", "electr")]
    [InlineData("adjustment", "adjust")]
    [InlineData("controlling", "control")]
    public void Stems_the_examples_of_porters_paper(string word, string stem)
    {
        Assert.Equal(stem, new PorterStemmer().Stem(word));
    }

    [Theory]
    [InlineData("is", PorterStemmerVariant.Original, "i")]
    [InlineData("is", PorterStemmerVariant.Lucene, "is")]
    [InlineData("possibly", PorterStemmerVariant.Original, "possibli")]
    [InlineData("possibly", PorterStemmerVariant.Lucene, "possibl")]
    [InlineData("psychology", PorterStemmerVariant.Original, "psychologi")]
    [InlineData("psychology", PorterStemmerVariant.Lucene, "psycholog")]
    public void Lucene_variant_keeps_short_words_and_uses_the_reference_implementations_step_two(
        string word, PorterStemmerVariant variant, string stem)
    {
        Assert.Equal(stem, new PorterStemmer(variant).Stem(word));
    }

    [Fact]
    public void Stems_in_place_and_returns_the_stem_length()
    {
        var chars = "running".ToCharArray();

        var length = new PorterStemmer().Stem(chars.AsSpan());

        Assert.Equal("run", new string(chars, 0, length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("y")]
    [InlineData("s")]
    [InlineData("'")]
    [InlineData("3.5")]
    public void Never_fails_on_degenerate_words(string word)
    {
        var stem = new PorterStemmer().Stem(word);

        Assert.True(stem.Length <= word.Length);
    }

    [Fact]
    public void Handles_a_very_long_run_of_ys_without_recursing()
    {
        var word = new string('y', 100_000) + "ing";

        var stem = new PorterStemmer().Stem(word);

        Assert.StartsWith("yyy", stem, StringComparison.Ordinal);
    }
}
