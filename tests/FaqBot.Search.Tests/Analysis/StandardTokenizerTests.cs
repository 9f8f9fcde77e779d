using FaqBot.Search.Analysis;

namespace FaqBot.Search.Tests.Analysis;

// Expected tokens were checked against Lucene 4.10.4's StandardTokenizer on the same input.
public sealed class StandardTokenizerTests
{
    private static string[] Words(string text) => new StandardTokenizer().Tokenize(text).Select(t => t.Term).ToArray();

    [Fact]
    public void Reports_offsets_into_the_original_text()
    {
        var tokens = new StandardTokenizer().Tokenize("  Hello, world!  ");

        Assert.Equal(
            [new Token("Hello", 0, 2, 7), new Token("world", 1, 9, 14)],
            tokens);
    }

    [Theory]
    [InlineData("don't it's O'Neil's rock'n'roll", new[] { "don't", "it's", "O'Neil's", "rock'n'roll" })]
    [InlineData("e.g. U.S.A. end. node.js", new[] { "e.g", "U.S.A", "end", "node.js" })]
    [InlineData("'quoted' dogs'", new[] { "quoted", "dogs" })]
    [InlineData("title:coffee x:y a::b :a a:", new[] { "title:coffee", "x:y", "a", "b", "a", "a" })]
    public void Keeps_apostrophes_periods_and_colons_inside_words(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Theory]
    [InlineData("3.5 1,000 1,000.50 v1.2.3 3.5x", new[] { "3.5", "1,000", "1,000.50", "v1.2.3", "3.5x" })]
    [InlineData("10-20 2024-01-15", new[] { "10", "20", "2024", "01", "15" })]
    [InlineData("a.5 $1,000 50%", new[] { "a", "5", "1,000", "50" })]
    public void Keeps_decimal_and_grouped_numbers_and_breaks_at_hyphens(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Theory]
    [InlineData("foo_bar __ _x x_", new[] { "foo_bar", "_x", "x_" })]
    [InlineData("wi-fi C++ C# .NET", new[] { "wi", "fi", "C", "C", "NET" })]
    public void Joins_underscores_and_drops_other_punctuation(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Fact]
    public void Splits_ideographs_and_hiragana_but_keeps_katakana_hangul_and_thai_runs()
    {
        Assert.Equal(
            ["中", "文", "字", "ひ", "ら", "が", "な", "カタカナ", "한국어", "ไทยภาษา"],
            Words("中文字 ひらがな カタカナ 한국어 ไทยภาษา"));
    }

    [Fact]
    public void Tokenizes_right_to_left_scripts_with_their_offsets()
    {
        var tokens = new StandardTokenizer().Tokenize("שלום עולם مرحبا بالعالم");

        Assert.Equal(["שלום", "עולם", "مرحبا", "بالعالم"], tokens.Select(t => t.Term));
        Assert.Equal([0, 5, 10, 16], tokens.Select(t => t.StartOffset));
    }

    [Fact]
    public void Keeps_hebrew_quotation_marks_inside_abbreviations()
    {
        Assert.Equal(["צה\"ל", "א'"], Words("צה\"ל א'"));
    }

    [Fact]
    public void Knows_characters_as_unicode_6_3_did_like_lucene_4_10()
    {
        // U+0860 (Syriac, Unicode 10) and U+AB71 (Cherokee small letter, Unicode 8) came later and are dropped;
        // U+20000 (CJK Extension B) and Thai were there.
        Assert.Equal(["a", "\U00020000", "b", "ไทย"], Words("a\u0860 \U00020000 b\uAB71 ไทย"));
    }

    [Fact]
    public void Drops_emoji_and_symbols()
    {
        Assert.Equal(["I", "coffee", "emoji", "text"], Words("I ❤️ coffee 😀! emoji😀text ™ © → ∑"));
    }

    [Fact]
    public void Keeps_combining_marks_soft_hyphens_and_joiners_with_their_word()
    {
        Assert.Equal(["co\u00ADoperate", "a\u200Db", "x\u0301y"], Words("co\u00ADoperate a\u200Db x\u0301y"));
    }

    [Fact]
    public void Treats_control_characters_and_lone_surrogates_as_separators()
    {
        Assert.Equal(
            ["a", "b", "c", "d", "e", "f", "g", "h", "i"],
            Words("a\u0001b\u0007c\td\u000Be\u000Cf\u007Fg\0h\uD800i\uDC00"));
    }

    [Fact]
    public void Cuts_words_longer_than_the_maximum_token_length()
    {
        var tokens = new StandardTokenizer().Tokenize(new string('a', 300) + " next");

        Assert.Equal([255, 45, 4], tokens.Select(t => t.Term.Length));
        Assert.Equal([0, 255, 301], tokens.Select(t => t.StartOffset));
        Assert.Equal([0, 1, 2], tokens.Select(t => t.Position));
    }

    [Fact]
    public void Cuts_a_two_megabyte_word_into_maximum_length_tokens()
    {
        var text = string.Concat(Enumerable.Repeat("ab.", 700_000));

        var tokens = new StandardTokenizer().Tokenize(text);

        // A cut can land just before a period, which then starts no word, so pieces are 254 or 255 long.
        Assert.InRange(tokens.Count, text.Length / 255, text.Length / 254 + 1);
        Assert.Equal(text.Length - 1, tokens[^1].EndOffset);
        Assert.All(tokens, t => Assert.InRange(t.Term.Length, 1, 255));
    }

    [Fact]
    public void Never_cuts_a_surrogate_pair_in_half()
    {
        var text = "a" + string.Concat(Enumerable.Repeat("\U0001D400", 200));

        var tokens = new StandardTokenizer().Tokenize(text);

        Assert.All(tokens, t => Assert.False(char.IsHighSurrogate(t.Term[^1])));
        Assert.Equal(text, string.Concat(tokens.Select(t => t.Term)));
    }

    [Fact]
    public void Tokenizes_a_100_kilobyte_text()
    {
        var text = string.Concat(Enumerable.Repeat("Baclofen may cause drowsiness. ", 3_300));

        var tokens = new StandardTokenizer().Tokenize(text);

        Assert.True(text.Length > 100_000);
        Assert.Equal(4 * 3_300, tokens.Count);
        Assert.Equal(text.Length - 2, tokens[^1].EndOffset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\r\n ")]
    [InlineData("!!! ??? ...")]
    [InlineData("___")]
    public void Finds_no_words_in_text_without_letters_or_digits(string text)
    {
        Assert.Empty(Words(text));
    }

    [Fact]
    public void Next_walks_the_text_without_allocating_tokens()
    {
        var tokenizer = new StandardTokenizer();
        var cursor = 0;
        var spans = new List<(int, int)>();
        while (tokenizer.Next("one, two", ref cursor, out var start, out var end))
        {
            spans.Add((start, end));
        }

        Assert.Equal([(0, 3), (5, 8)], spans);
        Assert.Equal(8, cursor);
    }
}
