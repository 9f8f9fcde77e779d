using FaqBot.Search.Analysis;

namespace FaqBot.Search.Tests.Analysis;

public sealed class TokenFilterTests
{
    private static (bool Kept, string Term) Run(TokenFilter filter, string term)
    {
        var buffer = new TermBuffer(term);
        var kept = filter.Apply(buffer);
        return (kept, buffer.ToString());
    }

    [Theory]
    [InlineData("John's", "John")]
    [InlineData("car’s", "car")]
    [InlineData("CAR＇S", "CAR")]
    [InlineData("boss", "boss")]
    [InlineData("dogs", "dogs")]
    [InlineData("'s", "")]
    [InlineData("s", "s")]
    public void Possessive_filter_removes_a_trailing_apostrophe_s(string term, string expected)
    {
        Assert.Equal((true, expected), Run(new EnglishPossessiveFilter(), term));
    }

    [Theory]
    [InlineData("Hello", "hello")]
    [InlineData("ÉCOLE", "école")]
    [InlineData("ΣΟΦΙΑ", "σοφια")]
    [InlineData("\U00010400", "\U00010428")]
    [InlineData("İSTANBUL", "istanbul")]
    [InlineData("123", "123")]
    public void Lower_case_filter_lower_cases_every_script(string term, string expected)
    {
        Assert.Equal((true, expected), Run(new LowerCaseFilter(), term));
    }

    [Theory]
    [InlineData("café", "cafe")]
    [InlineData("naïve", "naive")]
    [InlineData("straße", "strasse")]
    [InlineData("ﬁle", "file")]
    [InlineData("æsthetic", "aesthetic")]
    [InlineData("søren", "soren")]
    [InlineData("łódź", "lodz")]
    [InlineData("Ångström", "Angstrom")]
    [InlineData("phở", "pho")]
    [InlineData("don’t", "don't")]
    [InlineData("ＡＢＣ１２", "ABC12")]
    [InlineData("plain", "plain")]
    [InlineData("слово", "слово")]
    public void Ascii_folding_filter_replaces_latin_letters_with_diacritics(string term, string expected)
    {
        Assert.Equal((true, expected), Run(new AsciiFoldingFilter(), term));
    }

    [Fact]
    public void Ascii_folding_filter_grows_the_term_when_one_letter_becomes_two()
    {
        var term = string.Concat(Enumerable.Repeat("ß", 40));

        Assert.Equal((true, new string('s', 80)), Run(new AsciiFoldingFilter(), term));
    }

    [Theory]
    [InlineData("the", false)]
    [InlineData("and", false)]
    [InlineData("The", true)]
    [InlineData("thee", true)]
    [InlineData("aspirin", true)]
    public void Stop_filter_removes_exact_stop_words(string term, bool kept)
    {
        Assert.Equal(kept, Run(new StopFilter(EnglishAnalyzer.LuceneStopWords), term).Kept);
    }

    [Theory]
    [InlineData("running", "run")]
    [InlineData("possibly", "possibl")]
    [InlineData("is", "is")]
    public void Porter_stem_filter_stems_with_the_given_stemmer(string term, string expected)
    {
        var filter = new PorterStemFilter(new PorterStemmer(PorterStemmerVariant.Lucene));

        Assert.Equal((true, expected), Run(filter, term));
    }
}
