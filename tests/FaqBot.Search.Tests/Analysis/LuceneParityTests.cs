using System.Text;
using FaqBot.Search.Analysis;

namespace FaqBot.Search.Tests.Analysis;

// Compares our token streams with real Lucene 4.10.4 output stored in Data/lucene (see its README.md).
public sealed class LuceneParityTests
{
    private static readonly string DataFolder = Path.Combine(AppContext.BaseDirectory, "Analysis", "Data", "lucene");

    private static (string[] Inputs, string[] Expected) Load(string name)
    {
        var inputs = File.ReadAllLines(Path.Combine(DataFolder, name + ".txt"), Encoding.UTF8);
        var expected = File.ReadAllLines(Path.Combine(DataFolder, name + ".lucene.txt"), Encoding.UTF8);
        Assert.Equal(inputs.Length, expected.Length);
        return (inputs, expected);
    }

    // Runs a chain the way EnglishAnalyzer does, so a chain without ASCII folding can be compared with Lucene's.
    private static string Describe(string text, StandardTokenizer tokenizer, params TokenFilter[] filters)
    {
        var output = new StringBuilder();
        var buffer = new TermBuffer();
        var cursor = 0;
        var position = -1;
        while (tokenizer.Next(text, ref cursor, out var start, out var end))
        {
            position++;
            buffer.Set(text.AsSpan(start, end - start));
            if (filters.All(filter => filter.Apply(buffer)))
            {
                output.Append($"{buffer}@{position}[{start},{end}] ");
            }
        }

        return output.ToString().TrimEnd();
    }

    private static string Describe(IEnumerable<Token> tokens) =>
        string.Join(' ', tokens.Select(t => $"{t.Term}@{t.Position}[{t.StartOffset},{t.EndOffset}]"));

    private static List<string> Mismatches(string[] inputs, string[] expected, Func<string, string> analyze) =>
        Enumerable.Range(0, inputs.Length)
            .Select(i => (Line: i + 1, Actual: analyze(inputs[i]), Expected: expected[i]))
            .Where(x => x.Actual != x.Expected)
            .Select(x => $"line {x.Line}: got {x.Actual} expected {x.Expected}")
            .ToList();

    [Fact]
    public void Standard_tokenizer_matches_lucene_on_mixed_script_text()
    {
        var (inputs, expected) = Load("tokenizer-fuzz");
        var tokenizer = new StandardTokenizer();

        Assert.Empty(Mismatches(inputs, expected, text => Describe(text, tokenizer, new LowerCaseFilter())));
    }

    [Fact]
    public void Lucenes_english_chain_built_from_our_filters_matches_lucene_on_medquad_text()
    {
        var (inputs, expected) = Load("medquad-sample");
        var tokenizer = new StandardTokenizer();
        TokenFilter[] luceneChain =
        [
            new EnglishPossessiveFilter(),
            new LowerCaseFilter(),
            new StopFilter(EnglishAnalyzer.LuceneStopWords),
            new PorterStemFilter(new PorterStemmer(PorterStemmerVariant.Lucene)),
        ];

        Assert.Empty(Mismatches(inputs, expected, text => Describe(text, tokenizer, luceneChain)));
    }

    [Fact]
    public void English_analyzer_matches_lucene_on_medquad_text_that_needs_no_folding()
    {
        var (inputs, expected) = Load("medquad-sample");
        var asciiLines = Enumerable.Range(0, inputs.Length).Where(i => Ascii.IsValid(inputs[i])).ToArray();
        var analyzer = new EnglishAnalyzer();

        var mismatches = Mismatches(
            asciiLines.Select(i => inputs[i]).ToArray(),
            asciiLines.Select(i => expected[i]).ToArray(),
            text => Describe(analyzer.Analyze(text)));

        Assert.True(asciiLines.Length > 300);
        Assert.Empty(mismatches);
    }
}
