using System.Text;
using FaqBot.Search.Analysis;
using FaqBot.Search.Highlighting;
using FaqBot.Search.Querying;
using FaqBot.Search.Tests.Support;

namespace FaqBot.Search.Tests.Querying;

/// <summary>Any user string gives results or an empty list, never an exception.</summary>
public sealed class RobustInputTests
{
    private static readonly string[] Pieces =
    [
        "\"", ":", "*", "?", "~", "^", "(", ")", "[", "]", "{", "}", "\\", "/", "+", "-", "!", "&&", "||", "&", "|",
        "AND", "OR", "NOT", "title:", "text:x", "~2", "^3", "\"phrase", "*?", "-- ", "\\\\",
        " ", "  ", "\t", "\n", "\r\n", "\u3000", "\u00A0", "\u2028", "\0", "\u0001", "\u001F", "\u007F", "\u200B", "\u200D", "\uFEFF",
        "😀", "👍🏽", "👨‍👩‍👧", "\uD83D", "\uDE00", "\u0301", "e\u0301",
        "שלום", "مرحبا", "\u202E", "\u200F", "日本語", "한국어", "ไทย", "Ωμέγα", "ß", "İ", "ﬁ",
        "what", "are", "the", "symptoms", "of", "diabetes", "baclofin", "anxeity", "syndrome", "cancer", "treatment",
        "10-20", "3.5", "mg/kg", "don't", "U.S.A.", "o'neil's", "e-mail", "x", "I", "a",
    ];

    private static readonly SearchOptions[] AllOptions =
    [
        SearchOptions.Default,
        SearchOptions.LuceneCompatible,
        SearchOptions.Default with
        {
            Synonyms = SynonymMap.Parse("cancer, tumor, malignant neoplasm\nsymptoms => signs", new EnglishAnalyzer()),
            MaxQueryTerms = 8,
        },
    ];

    [Fact]
    public void Thousands_of_random_strings_never_throw()
    {
        var searcher = new IndexSearcher(ParityCorpus.MedQuad);
        var highlighter = new Highlighter(ParityCorpus.MedQuad.Analyzer);
        var random = new Random(20261121);
        int withHits = 0;
        for (int i = 0; i < 3000; i++)
        {
            string query = RandomQuery(random);
            var options = AllOptions[i % AllOptions.Length];
            var results = searcher.Search(query, options, 1 + (i % 12));

            Assert.NotNull(results.Hits);
            Assert.Equal(query, results.Query.Text);
            Assert.True(results.Hits.Count <= 1 + (i % 12));
            if (results.Hits.Count > 0)
            {
                withHits++;
                var hit = results.Hits[0];
                Assert.True(double.IsFinite(hit.Score) && hit.Score > 0);
                string text = ParityCorpus.MedQuad.GetDocument(hit.DocId).Fields["text"];
                highlighter.GetBestFragments(text, [.. hit.Matches.Select(m => m.Term)], new HighlightOptions { MaxLength = 1 + (i % 300) });
                highlighter.GetBestFragments(query, [.. hit.Matches.Select(m => m.Term)], new HighlightOptions { MaxLength = 1 + (i % 50), MaxFragments = 3 });
            }
        }

        // The generator mixes in real words, so a fair share of queries must find something.
        Assert.True(withHits > 300, $"only {withHits} queries had hits");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n\r\u3000")]
    [InlineData("\"\" : * ? ~ ^ ( ) [ ] { } \\ / + - ! && ||")]
    [InlineData("AND OR NOT")]
    [InlineData("😀😀😀")]
    [InlineData("\uD83D")]
    [InlineData("\0\u0001\u001F")]
    public void Queries_that_analyse_to_nothing_return_an_empty_list(string query)
    {
        foreach (var options in AllOptions)
        {
            var results = new IndexSearcher(ParityCorpus.MedQuad).Search(query, options);

            Assert.Empty(results.Hits);
            Assert.Empty(results.Query.Terms);
        }
    }

    [Fact]
    public void A_100_kilobyte_query_returns_results()
    {
        var builder = new StringBuilder();
        var random = new Random(7);
        while (builder.Length < 100_000)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]).Append(' ');
        }

        var results = new IndexSearcher(ParityCorpus.MedQuad).Search(builder.ToString(), SearchOptions.Default);

        Assert.NotEmpty(results.Hits);
        Assert.True(results.Query.Terms.Count(t => t.Kind == MatchKind.Exact) <= SearchOptions.Default.MaxQueryTerms);
    }

    [Fact]
    public void Rtl_and_accented_words_are_searchable()
    {
        var index = TestIndex.OfTexts(new EnglishAnalyzer(), "שלום עולם", "Café au lait");
        var searcher = new IndexSearcher(index);

        Assert.Equal("d0", searcher.Search("שלום", SearchOptions.Default).Hits.Single().Id);
        Assert.Equal("d1", searcher.Search("cafe", SearchOptions.Default).Hits.Single().Id);
    }

    private static string RandomQuery(Random random)
    {
        var builder = new StringBuilder();
        int parts = random.Next(0, 12);
        for (int p = 0; p < parts; p++)
        {
            if (random.Next(4) == 0)
            {
                builder.Append((char)random.Next(0, 0x10000));
            }
            else
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            if (random.Next(3) == 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
