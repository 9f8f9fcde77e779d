using System.Text;

namespace FaqBot.Knowledge.Tests;

public sealed class KnowledgeBaseLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ListLogger<KnowledgeBaseLoaderTests> _logger = new();

    public KnowledgeBaseLoaderTests() =>
        _folder.Write("good.md", TempFolder.Article("Good article", "## Section\n\nBaclofen relaxes muscles."));

    public void Dispose() => _folder.Dispose();

    private LoadProblem LoadWithOneBadFile(string name, byte[] content)
    {
        _folder.WriteBytes(name, content);
        var knowledge = KnowledgeBaseLoader.Load(_folder.Options(), _logger);
        Assert.Equal(["good"], knowledge.Articles.Select(article => article.Id));
        var problem = Assert.Single(knowledge.Problems);
        Assert.Equal(name, problem.File);
        Assert.Contains(_logger.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains(name, StringComparison.Ordinal) && line.Contains($"line {problem.Line}", StringComparison.Ordinal));
        return problem;
    }

    private LoadProblem LoadWithOneBadFile(string name, string content) => LoadWithOneBadFile(name, Encoding.UTF8.GetBytes(content));

    [Fact]
    public void Reports_a_file_without_front_matter_on_line_1_and_loads_the_others()
    {
        var problem = LoadWithOneBadFile("plain.md", "Just text, no front matter.\n");
        Assert.Equal(1, problem.Line);
        Assert.Contains("front matter", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_malformed_front_matter_line_with_its_number()
    {
        var problem = LoadWithOneBadFile("bad.md", "---\ntitle: Fine\nthis line has no colon\nsource: x\n---\n\nText.\n");
        Assert.Equal(3, problem.Line);
        Assert.Contains("key: value", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_front_matter_that_is_never_closed()
    {
        var problem = LoadWithOneBadFile("open.md", "---\ntitle: Open\nsource: x\n\nText that never gets a closing line.\n");
        Assert.Equal(1, problem.Line);
        Assert.Contains("never closed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_missing_title_on_the_closing_line()
    {
        var problem = LoadWithOneBadFile("untitled.md", "---\nsource: x\n---\n\nText.\n");
        Assert.Equal(3, problem.Line);
        Assert.Contains("'title'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_an_unclosed_quote_and_a_bad_date_and_a_bad_url_on_their_lines()
    {
        Assert.Equal(2, LoadWithOneBadFile("quote.md", "---\ntitle: \"Unclosed\nsource: x\n---\n\nText.\n").Line);
        _folder.Delete("quote.md");
        Assert.Equal(4, LoadWithOneBadFile("date.md", "---\ntitle: T\nsource: x\npublished: April 2023\n---\n\nText.\n").Line);
        _folder.Delete("date.md");
        Assert.Equal(3, LoadWithOneBadFile("url.md", "---\ntitle: T\nurl: not a url\nsource: x\n---\n\nText.\n").Line);
    }

    [Fact]
    public void Reports_invalid_utf8_on_the_line_of_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: T\nsource: x\n---\n\nCaf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        var problem = LoadWithOneBadFile("latin1.md", bytes);
        Assert.Equal(6, problem.Line);
        Assert.Contains("UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_an_empty_file_and_a_file_with_only_front_matter()
    {
        Assert.Equal(1, LoadWithOneBadFile("empty.md", "").Line);
        _folder.Delete("empty.md");
        var problem = LoadWithOneBadFile("bare.md", "---\ntitle: T\nsource: x\n---\n\n   \n");
        Assert.Equal(5, problem.Line);
        Assert.Contains("no article text", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_an_article_with_headings_but_no_text()
    {
        Assert.Contains("no text", LoadWithOneBadFile("hollow.md", TempFolder.Article("Hollow", "## One\n\n## Two")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_articles_in_subfolders_by_relative_path_without_extension()
    {
        _folder.Write("GARD/0001521-congenital-hypothyroidism.md", TempFolder.Article("Congenital hypothyroidism", "Text."));
        _folder.Write("a/b/deep.MD", TempFolder.Article("Deep", "Text."));

        var knowledge = KnowledgeBaseLoader.Load(_folder.Options(), _logger);

        Assert.Equal(["GARD/0001521-congenital-hypothyroidism", "a/b/deep", "good"], knowledge.Articles.Select(article => article.Id));
        Assert.Equal("GARD/0001521-congenital-hypothyroidism.md", knowledge.FindArticle("GARD/0001521-congenital-hypothyroidism")!.Origin);
        Assert.Equal("GARD/0001521-congenital-hypothyroidism#0", knowledge.PassagesOf("GARD/0001521-congenital-hypothyroidism")[0].Id);
    }

    [Fact]
    public void Reports_a_second_file_with_the_same_id()
    {
        var problem = LoadWithOneBadFile("good.MD", TempFolder.Article("Shadow", "Text."));

        Assert.Contains("same article id 'good'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_readme_files_and_hidden_files()
    {
        _folder.Write("README.md", "# How to add an article\n");
        _folder.Write(".draft.md", TempFolder.Article("Draft", "Text."));
        _folder.Write(".git/notes.md", TempFolder.Article("Notes", "Text."));

        var knowledge = KnowledgeBaseLoader.Load(_folder.Options(), _logger);

        Assert.Equal(["good"], knowledge.Articles.Select(article => article.Id));
        Assert.Empty(knowledge.Problems);
    }

    [Fact]
    public void Reads_quoted_front_matter_values_and_optional_fields()
    {
        _folder.Write("full.md", "\uFEFF---\r\ntitle: \"Kidney Failure: What to \\\"Expect\\\"\"\r\nsource: 'NIDDK''s site'\r\n# a comment\r\norigin: 004_f654ca68cf559dd2.txt\r\n" +
            "url: https://example.org/a\r\npublished: 2023-04-27\r\nreviewed: 2026-01-02\r\nauthor: John Scott\r\nunknown: ignored\r\n---\r\n\r\nText.\r\n");

        var article = KnowledgeBaseLoader.Load(_folder.Options(), _logger).FindArticle("full")!;

        Assert.Equal("Kidney Failure: What to \"Expect\"", article.Title);
        Assert.Equal("NIDDK's site", article.Source);
        Assert.Equal("004_f654ca68cf559dd2.txt", article.Origin);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal(new DateOnly(2023, 4, 27), article.Published);
        Assert.Equal(new DateOnly(2026, 1, 2), article.Reviewed);
        Assert.Equal("John Scott", article.Author);
        Assert.Equal("\r\nText.\r\n", article.Body);
    }

    [Fact]
    public void Throws_a_clear_error_when_no_article_loads()
    {
        _folder.Write("good.md", "no front matter");

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeBaseLoader.Load(_folder.Options(), _logger));

        Assert.Contains("No article could be loaded", error.Message, StringComparison.Ordinal);
        Assert.Contains("good.md:1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Throws_a_clear_error_for_a_folder_without_articles_or_a_missing_folder()
    {
        _folder.Delete("good.md");
        Assert.Contains("has no *.md files", Assert.Throws<KnowledgeException>(() => KnowledgeBaseLoader.Load(_folder.Options(), _logger)).Message, StringComparison.Ordinal);

        var missing = new KnowledgeOptions { Path = Path.Combine(_folder.Path, "nowhere") };
        Assert.Contains("does not exist", Assert.Throws<KnowledgeException>(() => KnowledgeBaseLoader.Load(missing, _logger)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_invalid_options_with_the_key_to_fix()
    {
        var options = _folder.Options();
        options.PassageTargetLength = 5;

        Assert.Contains("Knowledge:PassageTargetLength", Assert.Throws<KnowledgeException>(() => KnowledgeBaseLoader.Load(options, _logger)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexes_one_document_per_passage_in_passage_order()
    {
        _folder.Write("faq.md", TempFolder.Article("FAQ", "Intro.\n\n## What is baclofen?\n\nA muscle relaxant.\n\n## More\n\nText."));

        var knowledge = KnowledgeBaseLoader.Load(_folder.Options(), _logger);

        Assert.Equal(knowledge.Passages.Count, knowledge.Index.DocumentCount);
        for (var i = 0; i < knowledge.Passages.Count; i++)
        {
            var document = knowledge.Index.GetDocument(i);
            var passage = knowledge.Passages[i];
            Assert.Equal(passage.Id, document.Id);
            Assert.Equal(passage.Text, document.Fields["text"]);
            Assert.Equal(passage.Title, document.Fields["title"]);
            Assert.Equal(passage.Heading.Length > 0, document.Fields.ContainsKey("heading"));
            Assert.Equal(passage.IsFaq, document.Fields.ContainsKey("faq"));
        }

        Assert.Contains(knowledge.Passages, passage => passage.IsFaq && passage.Heading == "What is baclofen?");
    }

    [Fact]
    public void Matches_faq_questions_through_the_boosted_faq_field()
    {
        _folder.Write("faq.md", TempFolder.Article("FAQ", "## How long does it take for baclofen to take effect?\n\nWithin 30 minutes to an hour.\n\n## Onset\n\nThe onset varies."));
        var knowledge = KnowledgeBaseLoader.Load(_folder.Options(), _logger);

        var options = knowledge.CreateSearchOptions(Search.Querying.SearchOptions.LuceneCompatible);
        var best = KnowledgeSearch.Search(knowledge, "how long does baclofen take to take effect").Hits[0];

        Assert.Equal(1f, options.FieldBoosts["faq"]);
        Assert.Same(knowledge.Synonyms, options.Synonyms);
        Assert.Equal("Within 30 minutes to an hour.", knowledge.Passages[best.DocId].Text);
        Assert.Contains(best.Matches, match => match.Field == "faq");
    }

    [Fact]
    public void Changes_the_version_when_content_changes_and_only_then()
    {
        var first = KnowledgeBaseLoader.Load(_folder.Options(), _logger).Version;
        Assert.Equal(first, KnowledgeBaseLoader.Load(_folder.Options(), _logger).Version);

        _folder.Write("good.md", TempFolder.Article("Good article", "## Section\n\nBaclofen relaxes muscles a lot."));

        Assert.NotEqual(first, KnowledgeBaseLoader.Load(_folder.Options(), _logger).Version);
    }
}
