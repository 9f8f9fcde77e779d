using FaqBot.Search.Analysis;

namespace FaqBot.Search.Tests.Analysis;

public sealed class EnglishAnalyzerTests
{
    private static string Terms(string text) =>
        string.Join(' ', new EnglishAnalyzer().Analyze(text).Select(t => $"{t.Term}@{t.Position}[{t.StartOffset},{t.EndOffset}]"));

    // Expected strings are what Lucene 4.10.4's EnglishAnalyzer(LUCENE_4_8) emits for the same input.
    [Theory]
    [InlineData("The Dogs' running quickly", "dog@1[4,8] run@2[10,17] quickli@3[18,25]")]
    [InlineData("John's car’s", "john@0[0,6] car@1[7,12]")]
    [InlineData("title:coffee don't e.g. U.S.A. 3.5 1,000 10-20",
        "title:coffe@0[0,12] don't@1[13,18] e.g@2[19,22] u.s.a@3[24,29] 3.5@4[31,34] 1,000@5[35,40] 10@6[41,43] 20@7[44,46]")]
    [InlineData("Is it as us ms 's s", "us@3[9,11] ms@4[12,14] s@5[16,17] s@6[18,19]")]
    public void Analyzes_like_lucenes_english_analyzer(string text, string expected)
    {
        Assert.Equal(expected, Terms(text));
    }
}
