namespace FaqBot.Knowledge.Tests;

public sealed class SynonymsLoadingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ListLogger<SynonymsLoadingTests> _logger = new();

    public SynonymsLoadingTests() =>
        _folder.Write("relief.md", TempFolder.Article("Relief", "Baclofen relieves muscle spasms.\n\nDrowsiness is common."));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Works_without_a_synonyms_file()
    {
        var knowledge = KnowledgeBaseLoader.Load(_folder.Options(), _logger);

        Assert.Equal(0, knowledge.Synonyms.Count);
        Assert.Empty(knowledge.Problems);
    }

    [Fact]
    public void Expands_questions_with_the_synonyms_file()
    {
        _folder.Write("synonyms.txt", "# brand name\nlioresal => baclofen\n# everyday word\ndrowsiness, sleepy\n");
        var knowledge = KnowledgeBaseLoader.Load(_folder.Options(), _logger);

        Assert.Equal("Baclofen relieves muscle spasms.", KnowledgeSearch.Top(knowledge, "lioresal")?.Text);
        Assert.Equal("Drowsiness is common.", KnowledgeSearch.Top(knowledge, "sleepy")?.Text);
    }

    [Fact]
    public void Skips_a_malformed_line_reporting_its_number_and_keeps_the_other_entries()
    {
        _folder.Write("synonyms.txt", "lioresal => baclofen\n\na => b => c\ndrowsiness, sleepy\n , \n");

        var knowledge = KnowledgeBaseLoader.Load(_folder.Options(), _logger);

        Assert.Equal([("synonyms.txt", 3), ("synonyms.txt", 5)], knowledge.Problems.Select(problem => (problem.File, problem.Line)));
        Assert.All(knowledge.Problems, problem => Assert.Contains("line skipped", problem.Message, StringComparison.Ordinal));
        Assert.Contains(_logger.Lines, line => line.Contains("synonyms.txt line 3", StringComparison.Ordinal));
        Assert.Equal("Baclofen relieves muscle spasms.", KnowledgeSearch.Top(knowledge, "lioresal")?.Text);
        Assert.Equal("Drowsiness is common.", KnowledgeSearch.Top(knowledge, "sleepy")?.Text);
    }

    [Fact]
    public void Reports_a_synonyms_file_that_is_not_utf8_and_loads_without_synonyms()
    {
        _folder.WriteBytes("synonyms.txt", [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)',', (byte)' ', (byte)'x']);

        var knowledge = KnowledgeBaseLoader.Load(_folder.Options(), _logger);

        Assert.Equal(0, knowledge.Synonyms.Count);
        Assert.Equal("synonyms.txt", Assert.Single(knowledge.Problems).File);
    }

    [Fact]
    public void Every_curated_synonym_entry_names_the_question_it_fixes()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryKnowledge.Folder, "synonyms.txt"));

        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0 && !lines[i].StartsWith('#'))
            {
                // The comment block right above the entry; one of its lines quotes the question.
                var comment = lines.Take(i).Reverse().TakeWhile(line => line.StartsWith('#'));
                Assert.True(comment.Any(line => line.StartsWith("# \"", StringComparison.Ordinal)), $"line {i + 1} '{lines[i]}' needs a comment naming the question it fixes");
            }
        }
    }

    [Theory]
    [InlineData("what are the adverse effects of lioresal", "side effects")]
    [InlineData("does baclofen make you sleepy", "drowsiness")]
    [InlineData("can baclofen make me anxious", "anxiety")]
    [InlineData("baclofen for ms", "multiple sclerosis")]
    [InlineData("why am I so exhausted on baclofen", "fatigue")]
    public void Curated_synonyms_bring_the_articles_wording_into_the_top_three(string question, string wording)
    {
        var knowledge = KnowledgeBaseLoader.Load(RepositoryKnowledge.Options, _logger);

        var top3 = KnowledgeSearch.Search(knowledge, question).Hits.Select(hit => knowledge.Passages[hit.DocId].Text).ToList();

        Assert.True(top3.Exists(text => text.Contains(wording, StringComparison.OrdinalIgnoreCase)), string.Join("\n---\n", top3));
    }
}
