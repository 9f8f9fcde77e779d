using FaqBot.Search.Analysis;

namespace FaqBot.Search.Tests.Analysis;

public sealed class EnglishAnalyzerTests
{
    private static readonly EnglishAnalyzer Analyzer = new();

    private static string Describe(IEnumerable<Token> tokens) =>
        string.Join(' ', tokens.Select(t => $"{t.Term}@{t.Position}[{t.StartOffset},{t.EndOffset}]"));

    private static string[] Terms(string text) => Analyzer.Analyze(text).Select(t => t.Term).ToArray();

    // Expected strings are what Lucene 4.10.4's EnglishAnalyzer(LUCENE_4_8) emits for the same input.
    [Theory]
    [InlineData("The Dogs' running quickly", "dog@1[4,8] run@2[10,17] quickli@3[18,25]")]
    [InlineData("John's car’s", "john@0[0,6] car@1[7,12]")]
    [InlineData("title:coffee don't e.g. U.S.A. 3.5 1,000 10-20",
        "title:coffe@0[0,12] don't@1[13,18] e.g@2[19,22] u.s.a@3[24,29] 3.5@4[31,34] 1,000@5[35,40] 10@6[41,43] 20@7[44,46]")]
    [InlineData("Is it as us ms 's s", "us@3[9,11] ms@4[12,14] s@5[16,17] s@6[18,19]")]
    [InlineData("dogs' it's O'Neil's rock'n'roll", "dog@0[0,4] o'neil@2[11,19] rock'n'rol@3[20,31]")]
    [InlineData("wi-fi co-operate v1.2.3 $1,000.50 node.js",
        "wi@0[0,2] fi@1[3,5] co@2[6,8] oper@3[9,16] v1.2.3@4[17,23] 1,000.50@5[25,33] node.j@6[34,41]")]
    [InlineData("What are the symptoms of Congenital hypothyroidism ?",
        "what@0[0,4] symptom@3[13,21] congenit@5[25,35] hypothyroid@6[36,50]")]
    public void Analyzes_like_lucenes_english_analyzer(string text, string expected)
    {
        Assert.Equal(expected, Describe(Analyzer.Analyze(text)));
    }

    [Fact]
    public void Folds_accents_before_stemming_where_lucene_keeps_them()
    {
        // Lucene's EnglishAnalyzer has no folding ("café" stays "café"); ours lets "cafe" find "café".
        Assert.Equal(Terms("cafe naive strasse file"), Terms("Café naïve Straße ﬁle"));
    }

    [Fact]
    public void Removes_possessives_before_lower_casing_and_stop_words_after()
    {
        Assert.Equal(["john", "book"], Terms("JOHN'S BOOKS"));
        Assert.Empty(Terms("THE It's AND"));
    }

    [Fact]
    public void Leaves_position_gaps_where_stop_words_were()
    {
        var tokens = Analyzer.Analyze("pain in the neck");

        Assert.Equal([("pain", 0), ("neck", 3)], tokens.Select(t => (t.Term, t.Position)));
    }

    [Fact]
    public void Lucene_stop_set_has_the_33_english_stop_words()
    {
        Assert.Equal(33, EnglishAnalyzer.LuceneStopWords.Count);
        Assert.Contains("with", EnglishAnalyzer.LuceneStopWords);
        Assert.DoesNotContain("what", EnglishAnalyzer.LuceneStopWords);
    }

    [Fact]
    public void Uses_configured_stop_words_normalized_like_the_tokens()
    {
        var analyzer = new EnglishAnalyzer(new HashSet<string> { " What ", "Café" });

        Assert.Equal(["the", "menu"], analyzer.Analyze("What the cafe menu").Select(t => t.Term));
    }

    [Fact]
    public void Appends_to_a_caller_supplied_list()
    {
        var output = new List<Token> { new("kept", 0, 0, 0) };

        Analyzer.Analyze("running dogs", output);

        Assert.Equal(["kept", "run", "dog"], output.Select(t => t.Term));
    }

    [Fact]
    public void Analyzes_the_same_word_the_same_way_every_time()
    {
        var first = Describe(Analyzer.Analyze("Relational relational RELATIONAL"));
        var second = Describe(Analyzer.Analyze("Relational relational RELATIONAL"));

        Assert.Equal("relat@0[0,10] relat@1[11,21] relat@2[22,32]", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Gives_the_same_tokens_from_many_threads_at_once()
    {
        var analyzer = new EnglishAnalyzer();
        var texts = Enumerable.Range(0, 200)
            .Select(i => $"Patient {i} reported headaches and dizziness after dosing {i % 7}")
            .ToArray();
        var expected = texts.Select(t => Describe(new EnglishAnalyzer().Analyze(t))).ToArray();

        var actual = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => actual[i] = Describe(analyzer.Analyze(texts[i])));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Analyzes_a_100_kilobyte_text()
    {
        var text = string.Concat(Enumerable.Repeat("Baclofen can cause drowsiness in the elderly. ", 2_200));

        var tokens = Analyzer.Analyze(text);

        Assert.True(text.Length > 100_000);
        Assert.Equal(5 * 2_200, tokens.Count);
        Assert.Equal("elderli", tokens[^1].Term);
    }

    [Fact]
    public void Never_throws_for_random_strings_and_keeps_offsets_inside_the_text()
    {
        var random = new Random(20_261_121);
        string[] pieces =
        [
            "a", "Z", "9", " ", ".", ",", "'", "’", "\"", ":", "_", "-", "\0", "\u0007", "\r\n", "\uD800", "\uDC00",
            "😀", "👍🏽", "\u200D", "\u0301", "\u00AD", "é", "ß", "ﬁ", "中", "ひ", "カ", "한", "ไ", "ש", "م", "\u202E",
            "\"*?~^()[]{}\\/+-!&&||", "\uFFFF", "\uFEFF", "１", "٫",
        ];

        for (var round = 0; round < 3_000; round++)
        {
            var length = random.Next(0, 60);
            var text = string.Concat(Enumerable.Range(0, length).Select(_ => pieces[random.Next(pieces.Length)]));

            var tokens = Analyzer.Analyze(text);

            var lastPosition = -1;
            foreach (var token in tokens)
            {
                Assert.InRange(token.StartOffset, 0, token.EndOffset - 1);
                Assert.InRange(token.EndOffset, 1, text.Length);
                Assert.True(token.Position > lastPosition, "positions increase");
                lastPosition = token.Position;
            }
        }
    }
}
