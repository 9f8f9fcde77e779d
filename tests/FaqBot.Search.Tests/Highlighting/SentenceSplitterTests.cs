using FaqBot.Search.Highlighting;

namespace FaqBot.Search.Tests.Highlighting;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("It helps. It also hurts!", new[] { "It helps.", "It also hurts!" })]
    [InlineData("He said \"stop.\" Then he left… Later he came back?", new[] { "He said \"stop.\"", "Then he left…", "Later he came back?" })]
    [InlineData("Ask Dr. Smith, e.g. Monday, or J. Doe. Done.", new[] { "Ask Dr. Smith, e.g. Monday, or J. Doe.", "Done." })]
    [InlineData("Take 2.5 mg daily. see the label. 10 people agreed.", new[] { "Take 2.5 mg daily. see the label.", "10 people agreed." })]
    [InlineData("  First line\nSecond line\r\n\n  Third.  ", new[] { "First line", "Second line", "Third." })]
    [InlineData("Sleep more, rest, etc. Then recover.", new[] { "Sleep more, rest, etc.", "Then recover." })]
    public void Ends_sentences_at_terminators_before_a_new_sentence_and_at_line_breaks(string text, string[] expected)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(expected, sentences.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void Splits_a_range_and_returns_absolute_offsets()
    {
        const string text = "Skip this. Keep one. Keep two. Skip that.";
        int start = text.IndexOf("Keep", StringComparison.Ordinal);
        int end = text.IndexOf("Skip that", StringComparison.Ordinal);

        var sentences = SentenceSplitter.Split(text, start, end);

        Assert.Equal(["Keep one.", "Keep two."], sentences.Select(s => text[s.Start..s.End]));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Blank_text_has_no_sentences(string text)
    {
        Assert.Empty(SentenceSplitter.Split(text));
    }
}
