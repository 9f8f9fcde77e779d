using FaqBot.Search.Analysis;

namespace FaqBot.Search.Tests.Analysis;

public sealed class SynonymMapTests
{
    private static readonly EnglishAnalyzer Analyzer = new();

    private static List<string> Expand(SynonymMap map, string query)
    {
        var tokens = Analyzer.Analyze(query);
        return map.FindMatches(tokens)
            .Select(m => $"{m.StartToken}+{m.TokenCount}:"
                + string.Join('|', m.Alternatives.Select(a => string.Join(' ', a))))
            .ToList();
    }

    [Fact]
    public void Equivalence_expands_each_entry_to_the_others()
    {
        var map = SynonymMap.Parse("heart attack, myocardial infarction, mi", Analyzer);

        Assert.Equal(3, map.Count);
        Assert.Equal(["1+2:myocardi infarct|mi"], Expand(map, "acute heart attack"));
        Assert.Equal(["0+1:heart attack|myocardi infarct"], Expand(map, "MI"));
    }

    [Fact]
    public void Explicit_mapping_expands_only_the_left_side()
    {
        var map = SynonymMap.Parse("tylenol, panadol => acetaminophen, paracetamol", Analyzer);

        Assert.Equal(2, map.Count);
        Assert.Equal(["0+1:acetaminophen|paracetamol"], Expand(map, "panadol"));
        Assert.Empty(Expand(map, "acetaminophen"));
    }

    [Fact]
    public void Longest_entry_wins_and_matches_do_not_overlap()
    {
        var map = SynonymMap.Parse("multiple sclerosis, ms\nmultiple, many\nsclerosis, hardening", Analyzer);

        Assert.Equal(["0+2:ms", "2+1:harden"], Expand(map, "multiple sclerosis sclerosis"));
        Assert.Equal(["0+1:mani"], Expand(map, "multiple"));
    }

    [Fact]
    public void Entries_are_analysed_like_the_query()
    {
        var map = SynonymMap.Parse("Heart Attacks, Cardiac Arrests", Analyzer);

        Assert.Equal(["0+2:cardiac arrest"], Expand(map, "heart attack"));
    }

    [Fact]
    public void Comments_blank_lines_and_repeated_entries_are_handled()
    {
        const string text = "# comment line\r\n\r\n   \r\nflu, influenza\r\n  # indented comment\r\nflu => grippe\r\n";

        var map = SynonymMap.Parse(text, Analyzer);

        Assert.Equal(["0+1:influenza|gripp"], Expand(map, "flu"));
        Assert.Equal(2, map.Count);
    }

    [Fact]
    public void Escaped_comma_stays_inside_an_entry()
    {
        var map = SynonymMap.Parse(@"vitamin b12\, cobalamin => b12", Analyzer);

        Assert.Equal(["0+3:b12"], Expand(map, "vitamin b12 cobalamin"));
    }

    [Fact]
    public void Empty_map_finds_nothing()
    {
        Assert.Empty(SynonymMap.Empty.FindMatches(Analyzer.Analyze("anything at all")));
        Assert.Equal(0, SynonymMap.Empty.Count);
    }

    [Theory]
    [InlineData("=> x", 1, "left side")]
    [InlineData("ok, fine\nflu =>", 2, "right side")]
    [InlineData("# c\n\nx => y\na => b => c", 4, "more than one '=>'")]
    [InlineData("cold, chill\nthe, an", 2, "no searchable words")]
    [InlineData(" , ,", 1, "no entries")]
    [InlineData("flu => !!!", 1, "no searchable words")]
    [InlineData("a1, b1\r\nc1, d1\re1 => => f1\nx, y", 3, "more than one '=>'")]
    public void Malformed_line_is_reported_with_its_line_number(string text, int lineNumber, string reason)
    {
        var error = Assert.Throws<SynonymFormatException>(() => SynonymMap.Parse(text, Analyzer));

        Assert.Equal(lineNumber, error.LineNumber);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains($"line {lineNumber}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lenient_parse_skips_malformed_lines_and_keeps_the_others()
    {
        var errors = new List<SynonymFormatException>();

        var map = SynonymMap.Parse("flu, influenza\n=> x\ncold => the\nfever, pyrexia\na => b => c", Analyzer, errors);

        Assert.Equal([2, 3, 5], errors.Select(e => e.LineNumber));
        Assert.Equal(["0+1:influenza", "1+1:pyrexia"], Expand(map, "flu fever cold"));
    }
}
